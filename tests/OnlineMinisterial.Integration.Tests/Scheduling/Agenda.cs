using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Agenda;
using OnlineMinisterial.Web.Features.Conference;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

/// <summary>The secretariat's agenda API as tests use it: times on the demo host's clock (New York), whole seconds.</summary>
internal static class Agenda
{
    public const string HostZone = "America/New_York";

    public static string Local(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, TimeZoneInfo.FindSystemTimeZoneById(HostZone)).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A moment at least <paramref name="ahead"/> from now, on a whole second (the API takes seconds).</summary>
    public static DateTimeOffset SecondsAhead(double ahead)
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(ahead);
        return new DateTimeOffset(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(1);
    }

    public static async Task<AgendaView> GetAsync(Participant secretariat) => (await secretariat.GetAsync<AgendaView>("/api/agenda"))!;

    public static async Task<string> ChairIdAsync(Participant secretariat, string name = "Conference Chair") =>
        (await GetAsync(secretariat)).Chairs.Single(c => c.DisplayName == name).Id;

    public static Task<HttpResponseMessage> PostCreateAsync(Participant secretariat, string title, string chairId, object start, object end, string kind = "Plenary") =>
        secretariat.PostAsync("/api/agenda/sessions", new { title, kind, chairId, start, end });

    public static async Task<SessionView> CreateAsync(Participant secretariat, string title, DateTimeOffset startUtc, TimeSpan length, string? chairId = null)
    {
        chairId ??= await ChairIdAsync(secretariat);
        var response = await PostCreateAsync(secretariat, title, chairId, Local(startUtc), Local(startUtc + length));
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Creating «{title}» failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<SessionView>(Json.Options))!;
    }

    public static async Task<string?> CodeOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("code", out var code) ? code.GetString() : null;
    }

    public static Task<List<ScheduledTransition>> TransitionsAsync(AppHost host, Guid sessionId) =>
        host.WithDbAsync(db => db.ScheduledTransitions.AsNoTracking().Where(t => t.SubjectId == sessionId).ToListAsync());

    public static Task<int> AuditCountAsync(AppHost host, string action, object subjectId) =>
        host.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == action && a.SubjectId == subjectId.ToString()));

    /// <summary>Polls (bounded) until the condition holds; scheduling is asynchronous by nature.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not reached in time: {what ?? "condition"}");
            await Task.Delay(100);
        }
    }
}
