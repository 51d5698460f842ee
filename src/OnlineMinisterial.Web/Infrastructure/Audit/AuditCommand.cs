using System.Text.Json;

namespace OnlineMinisterial.Web.Infrastructure.Audit;

/// <summary>
/// <c>dotnet run --project src/OnlineMinisterial.Web -- verify-audit</c>: walks the audit chain of the configured
/// database and exits 0 when it is intact, 2 when an entry was edited, removed or reordered (printed with its place).
/// </summary>
public static class AuditCommand
{
    public const string Name = "verify-audit";

    public static bool Requested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IHost app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
        Console.WriteLine(JsonSerializer.Serialize(result, JsonSerializerOptions.Web));
        Console.WriteLine(result.Intact
            ? $"The audit chain is intact: {result.Entries} entries, head {result.HeadSequence} {result.HeadHash}."
            : $"The audit chain is broken at entry {result.FirstBreak!.Sequence}: {result.FirstBreak.Message}");
        return result.Intact ? 0 : 2;
    }
}
