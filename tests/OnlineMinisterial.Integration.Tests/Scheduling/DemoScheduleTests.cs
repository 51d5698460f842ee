using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Integration.Tests.Foundation;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

public sealed class DemoScheduleTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task DemoSeed_PlansTheDemoAgenda_AndTheReconcilerGivesEachTransitionAJob()
    {
        var sessions = await fixture.Host.WithDbAsync(db => db.Sessions.AsNoTracking().OrderBy(s => s.Ordinal).ToListAsync());
        List<ScheduledTransition> transitions = [];
        await Agenda.EventuallyAsync(async () =>
        {
            transitions = await fixture.Host.WithDbAsync(db => db.ScheduledTransitions.AsNoTracking().ToListAsync());
            return transitions.Count > 0 && transitions.Where(t => t.IsPending).All(t => t.HangfireJobId is not null);
        }, what: "every demo transition has its job");

        var opening = sessions[0];
        Assert.Equal(SessionState.Live, opening.State);
        Assert.Equal(TransitionKind.EndWarning, Assert.Single(transitions, t => t.SubjectId == opening.Id).Kind);
        foreach (var session in sessions.Skip(1))
        {
            var mine = transitions.Where(t => t.SubjectId == session.Id).ToList();
            Assert.Equal(session.StartsAt, mine.Single(t => t.Kind == TransitionKind.OpenSession).DueAt);
            Assert.Equal(session.StartsAt.AddMinutes(-15), mine.Single(t => t.Kind == TransitionKind.Reminder).DueAt);
            Assert.Equal(session.EndsAt, mine.Single(t => t.Kind == TransitionKind.EndWarning).DueAt);
        }
    }
}
