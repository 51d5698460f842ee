using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OnlineMinisterial.TestSupport;

/// <summary>
/// The real SMTP server the test command starts (smtp4dev, a dotnet tool of this repository), read through its
/// REST API. Tests share it, so each looks only for messages to its own, unique addresses.
/// </summary>
public static partial class TestSmtp
{
    public const string SmtpVariable = "ONLINEMINISTERIAL_TEST_SMTP";
    public const string ApiVariable = "ONLINEMINISTERIAL_TEST_SMTP_API";

    private static readonly HttpClient Api = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Host settings that send the app's mail to the test server.</summary>
    public static Dictionary<string, string?> Settings()
    {
        var (host, port) = Address();
        return new() { ["Email:SmtpHost"] = host, ["Email:SmtpPort"] = port, ["Email:Security"] = "None" };
    }

    public sealed record Message(string Id, string Subject, string Text);

    /// <summary>Waits (a few seconds at most) for the first message to <paramref name="to"/> whose subject contains <paramref name="subject"/>.</summary>
    public static async Task<Message> WaitForAsync(string to, string subject = "", TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var list = await Api.GetFromJsonAsync<JsonElement>($"{ApiRoot()}/api/messages?pageSize=500");
            foreach (var m in list.GetProperty("results").EnumerateArray())
            {
                var recipients = m.GetProperty("to").EnumerateArray().Select(t => t.GetString() ?? "");
                var s = m.GetProperty("subject").GetString() ?? "";
                if (!recipients.Contains(to, StringComparer.OrdinalIgnoreCase) || !s.Contains(subject, StringComparison.Ordinal)) continue;
                var id = m.GetProperty("id").GetString()!;
                return new Message(id, s, await Api.GetStringAsync($"{ApiRoot()}/api/messages/{id}/plaintext"));
            }
            if (DateTime.UtcNow > until) throw new TimeoutException($"No message to {to} with \"{subject}\" reached the test SMTP server.");
            await Task.Delay(200);
        }
    }

    public static async Task<int> CountAsync(string to)
    {
        var list = await Api.GetFromJsonAsync<JsonElement>($"{ApiRoot()}/api/messages?pageSize=500");
        return list.GetProperty("results").EnumerateArray()
            .Count(m => m.GetProperty("to").EnumerateArray().Any(t => string.Equals(t.GetString(), to, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The token of the first app link (/welcome, /reset-password, /setup) in a text.</summary>
    public static string TokenIn(string text) =>
        LinkToken().Match(text) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The message has no link: " + text);

    private static (string Host, string Port) Address()
    {
        var value = Environment.GetEnvironmentVariable(SmtpVariable) is { Length: > 0 } v ? v
            : throw new InvalidOperationException($"{SmtpVariable} is not set. Run the tests with scripts/test.sh, which starts a throwaway SMTP server.");
        var colon = value.LastIndexOf(':');
        return (value[..colon], value[(colon + 1)..]);
    }

    private static string ApiRoot() => Environment.GetEnvironmentVariable(ApiVariable) is { Length: > 0 } v ? v.TrimEnd('/')
        : throw new InvalidOperationException($"{ApiVariable} is not set. Run the tests with scripts/test.sh.");

    [GeneratedRegex(@"/(?:welcome|reset-password|setup)\?token=([A-Za-z0-9_\-]+)")]
    private static partial Regex LinkToken();
}
