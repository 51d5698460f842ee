using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

/// <summary>
/// The executor called directly, as duplicate jobs, timers and nodes would call it. These hosts execute nothing by
/// themselves (no Hangfire server, no timer), so every run here is one the test makes.
/// </summary>
public sealed class ExactlyOnceTests
{
    private static async Task<(AppHost host, TestDatabase db, ScheduledTransition open)> DueOpeningAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var host = new AppHost(db);
        await using var secretariat = await host.SignInAsync(DemoLogins.Secretariat);
        var session = await Agenda.CreateAsync(secretariat, "Run twice", Agenda.SecondsAhead(3600), TimeSpan.FromMinutes(30));
        // Make its opening due a moment ago, as if the hour had passed.
        var dueAt = ScheduledTransition.Whole(DateTimeOffset.UtcNow.AddSeconds(-1));
        await host.WithDbAsync(d => d.ScheduledTransitions.Where(t => t.SubjectId == session.Id && t.Kind == TransitionKind.OpenSession)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, dueAt)));
        var open = (await Agenda.TransitionsAsync(host, session.Id)).Single(t => t.Kind == TransitionKind.OpenSession);
        return (host, db, open);
    }

    private static async Task<TransitionOutcome> RunAsync(AppHost host, ScheduledTransition t, DateTimeOffset? dueAt = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TransitionExecutor>().RunAsync(t.Id, dueAt ?? t.DueAt, "test");
    }

    private static Task<Session> SessionAsync(AppHost host, Guid id) =>
        host.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TheSameTransitionExecutedTwice_ChangesNothingTheSecondTime(DatabaseProvider provider)
    {
        var (host, db, open) = await DueOpeningAsync(provider);
        await using var _ = db;
        await using var __ = host;

        Assert.Equal(TransitionOutcome.Executed, await RunAsync(host, open));
        var afterFirst = await SessionAsync(host, open.SubjectId);
        Assert.Equal(SessionState.Live, afterFirst.State);

        Assert.Equal(TransitionOutcome.AlreadyDone, await RunAsync(host, open));
        var afterSecond = await SessionAsync(host, open.SubjectId);
        Assert.Equal((afterFirst.Version, afterFirst.OpenedAt), (afterSecond.Version, afterSecond.OpenedAt));
        Assert.Equal(1, await Agenda.AuditCountAsync(host, "session.opened", open.SubjectId));
        Assert.Equal(1, await Agenda.AuditCountAsync(host, "transition.executed", open.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ManyConcurrentRuns_OneExecutes_TheOthersChangeNothing(DatabaseProvider provider)
    {
        var (host, db, open) = await DueOpeningAsync(provider);
        await using var _ = db;
        await using var __ = host;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => RunAsync(host, open))));

        Assert.Equal(1, outcomes.Count(o => o == TransitionOutcome.Executed));
        Assert.All(outcomes.Where(o => o != TransitionOutcome.Executed), o => Assert.Equal(TransitionOutcome.AlreadyDone, o));
        Assert.Equal(1, await Agenda.AuditCountAsync(host, "session.opened", open.SubjectId));
    }

    [Fact]
    public async Task ARunForAnEarlierDueTime_IsStale_AndARunBeforeTheDueTime_IsNotDue()
    {
        var (host, db, open) = await DueOpeningAsync(DatabaseProvider.Sqlite);
        await using var _ = db;
        await using var __ = host;

        Assert.Equal(TransitionOutcome.Stale, await RunAsync(host, open, open.DueAt.AddMinutes(-5)));
        var future = ScheduledTransition.Whole(DateTimeOffset.UtcNow.AddHours(1));
        await host.WithDbAsync(d => d.ScheduledTransitions.Where(t => t.Id == open.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, future)));
        Assert.Equal(TransitionOutcome.NotDue, await RunAsync(host, open, future));
        Assert.Equal(SessionState.Scheduled, (await SessionAsync(host, open.SubjectId)).State);
    }
}
