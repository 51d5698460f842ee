using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Agenda;
using OnlineMinisterial.Web.Features.Presence;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

[Collection(HangfireServers.Name)]
public sealed class CrashTests
{
    [Fact]
    public async Task NodeKilledBeforeTheDueTime_TheNextNodeOnTheDatabaseRunsItLate_Once()
    {
        await using var database = TestDatabase.Sqlite();
        Guid sessionId;
        DateTimeOffset startsAt;
        await using (var first = await AppProcess.StartAsync(database, HangfireServers.Settings()))
        {
            using var secretariat = await first.SignInAsync(DemoLogins.Secretariat);
            var agenda = (await secretariat.GetFromJsonAsync<AgendaView>("/api/agenda", Json.Options))!;
            var chairId = agenda.Chairs.Single(c => c.DisplayName == "Conference Chair").Id;
            startsAt = Agenda.SecondsAhead(5);
            var created = await secretariat.PostAsJsonAsync("/api/agenda/sessions", new
            {
                title = "Survives a crash", kind = "Plenary", chairId,
                start = Agenda.Local(startsAt), end = Agenda.Local(startsAt.AddMinutes(30)),
            });
            created.EnsureSuccessStatusCode();
            sessionId = (await created.Content.ReadFromJsonAsync<Web.Features.Conference.SessionView>(Json.Options))!.Id;

            first.Kill();
            Assert.True(DateTimeOffset.UtcNow < startsAt, "The node must die before the session is due, or the test proves nothing.");
        }

        // Nobody runs the app while the session falls due; then a new node starts on the same database.
        await Task.Delay(startsAt - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3));
        await using var second = new AppHost(database, HangfireServers.Settings());
        _ = second.Server;

        ScheduledTransition open = null!;
        await Agenda.EventuallyAsync(async () =>
        {
            open = (await Agenda.TransitionsAsync(second, sessionId)).Single(t => t.Kind == TransitionKind.OpenSession);
            return open.State == TransitionState.Done;
        }, TimeSpan.FromSeconds(40), "the overdue opening runs on the new node");

        Assert.InRange(open.LatenessMilliseconds!.Value, 2_000, 120_000);
        Assert.Equal(second.Services.GetRequiredService<NodeIdentity>().Id, open.ExecutedByNode);
        Assert.Equal(SessionState.Live, (await second.WithDbAsync(db => Task.FromResult(db.Sessions.Single(s => s.Id == sessionId)))).State);
        await Task.Delay(TimeSpan.FromSeconds(3)); // the dead node's Hangfire job is still in the storage: it fires too, harmlessly
        Assert.Equal(1, await Agenda.AuditCountAsync(second, "session.opened", sessionId));
        Assert.Equal(1, await Agenda.AuditCountAsync(second, "transition.executed", open.Id));
        Assert.Contains(second.Logs.Lines, l => l.Contains("ran late by", StringComparison.Ordinal));
    }
}
