using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Integration.Tests.Voting;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

/// <summary>
/// Polls close and silence ends at their deadlines by themselves: the voting feature plans a ClosePoll or EndSilence
/// transition, and the timer (or Hangfire) runs it once. A fresh host per test: a declaration can be adopted only once.
/// </summary>
[Collection(HangfireServers.Name)]
public sealed class DeadlineTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private AppHost Host { get; set; } = null!;
    private VotingKit Kit { get; set; } = null!;
    private Attendee? _quorum;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Sqlite();
        Host = new AppHost(_db, HangfireServers.Settings());
        _ = Host.Server;
        Kit = new VotingKit(Host);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Kit.DisposeAsync();
        await Host.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task PollOpenedWithADeadline_ClosesByItself_Once_AndConnectedClientsSeeIt()
    {
        var secretariat = await Kit.SecretariatAsync();
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        var changes = new EventRecorder<PollView>(observer.Hub, nameof(IVotingClient.PollChanged));
        var poll = await OpenPollAsync(secretariat, TimeSpan.FromSeconds(2));

        var pending = Assert.Single(await Agenda.TransitionsAsync(Host, poll.PollId));
        Assert.Equal((TransitionKind.ClosePoll, TransitionState.Pending, poll.Deadline), (pending.Kind, pending.State, (DateTimeOffset?)pending.DueAt));

        var closed = await changes.WaitForAsync(p => p.PollId == poll.PollId && p.State == PollState.Closed, TimeSpan.FromSeconds(30));
        Assert.True(closed.Version > poll.Version);
        var done = Assert.Single(await Agenda.TransitionsAsync(Host, poll.PollId));
        Assert.Equal(TransitionState.Done, done.State);
        Assert.InRange(done.LatenessMilliseconds!.Value, 0, 30_000);
        Assert.False(string.IsNullOrEmpty(done.ExecutedByNode));
        Assert.Equal(PollState.Closed, await Host.WithDbAsync(db => db.Polls.Where(p => p.Id == poll.PollId).Select(p => p.State).SingleAsync()));

        // Hangfire's job fires too (about a second later): it must find the transition done and change nothing.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await Agenda.AuditCountAsync(Host, "poll.closed", poll.PollId));
        Assert.Equal(1, await Agenda.AuditCountAsync(Host, "transition.executed", done.Id));
        Assert.Single(changes.Received, p => p.PollId == poll.PollId && p.State == PollState.Closed);
    }

    [Fact]
    public async Task UnbrokenSilenceWithADeadline_EndsByItself_AndTheDeclarationIsAdopted()
    {
        var secretariat = await Kit.SecretariatAsync();
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        var changes = new EventRecorder<DeclarationView>(observer.Hub, nameof(IVotingClient.DeclarationChanged));
        var declarationId = await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        var circulated = await secretariat.Hub.InvokeAsync<DeclarationView>("CirculateUnderSilence", DateTimeOffset.UtcNow.AddSeconds(2));
        Assert.Equal(DeclarationState.UnderSilence, circulated.State);
        var pending = Assert.Single(await Agenda.TransitionsAsync(Host, declarationId));
        Assert.Equal((TransitionKind.EndSilence, TransitionState.Pending), (pending.Kind, pending.State));

        var adopted = await changes.WaitForAsync(d => d.DeclarationId == declarationId && d.State == DeclarationState.Adopted, TimeSpan.FromSeconds(30));
        Assert.Equal(AdoptionMethod.Silence, adopted.Adoption!.Method);
        Assert.Equal(SilenceOutcome.Adopted, adopted.Silence!.Outcome);
        var done = Assert.Single(await Agenda.TransitionsAsync(Host, declarationId));
        Assert.Equal(TransitionState.Done, done.State);
        Assert.InRange(done.LatenessMilliseconds!.Value, 0, 30_000);

        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await Agenda.AuditCountAsync(Host, "declaration.silence_ended", declarationId));
        Assert.Single(changes.Received, d => d.DeclarationId == declarationId && d.State == DeclarationState.Adopted);
    }

    [Fact]
    public async Task RunningTheDeadlineTransitionsAgain_ChangesNothing()
    {
        var secretariat = await Kit.SecretariatAsync();
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        var polls = new EventRecorder<PollView>(observer.Hub, nameof(IVotingClient.PollChanged));
        var declarations = new EventRecorder<DeclarationView>(observer.Hub, nameof(IVotingClient.DeclarationChanged));
        var declarationId = await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        var poll = await OpenPollAsync(secretariat, TimeSpan.FromSeconds(2), declarationId);
        await polls.WaitForAsync(p => p.PollId == poll.PollId && p.State == PollState.Closed, TimeSpan.FromSeconds(30));
        await secretariat.Hub.InvokeAsync<PollView>("CancelPoll", poll.PollId);
        await secretariat.Hub.InvokeAsync<DeclarationView>("CirculateUnderSilence", DateTimeOffset.UtcNow.AddSeconds(2));
        await declarations.WaitForAsync(d => d.DeclarationId == declarationId && d.State == DeclarationState.Adopted, TimeSpan.FromSeconds(30));

        var closePoll = Assert.Single(await Agenda.TransitionsAsync(Host, poll.PollId));
        var endSilence = Assert.Single(await Agenda.TransitionsAsync(Host, declarationId));
        var (pollVersion, declarationVersion) = await VersionsAsync(poll.PollId, declarationId);
        var (pollEvents, declarationEvents) = (polls.Received.Count, declarations.Received.Count);
        var audits = await Host.WithDbAsync(db => db.AuditEntries.CountAsync());

        foreach (var transition in new[] { closePoll, endSilence })
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<TransitionExecutor>().RunAsync(transition.Id, transition.DueAt, "test");
            Assert.Equal(TransitionOutcome.AlreadyDone, outcome);
        }
        // The voting methods themselves, run again past the deadline, find nothing to do.
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<PollLifecycle>().ClosePollAtDeadlineAsync(poll.PollId));
            Assert.False(await scope.ServiceProvider.GetRequiredService<AdoptionCommands>().EndSilenceAsync(declarationId));
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal((pollVersion, declarationVersion), await VersionsAsync(poll.PollId, declarationId));
        Assert.Equal((pollEvents, declarationEvents), (polls.Received.Count, declarations.Received.Count));
        Assert.Equal(audits, await Host.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(1, await Agenda.AuditCountAsync(Host, "poll.closed", poll.PollId));
        Assert.Equal(1, await Agenda.AuditCountAsync(Host, "declaration.silence_ended", declarationId));
    }

    [Fact]
    public async Task PollClosedOrCancelledBeforeItsDeadline_CancelsItsPendingDeadlineTransition()
    {
        var secretariat = await Kit.SecretariatAsync();
        var declarationId = await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        var closedByHand = await OpenPollAsync(secretariat, TimeSpan.FromHours(1), declarationId);
        Assert.Equal(TransitionState.Pending, Assert.Single(await Agenda.TransitionsAsync(Host, closedByHand.PollId)).State);
        await secretariat.Hub.InvokeAsync<PollView>("ClosePoll", closedByHand.PollId);
        Assert.Equal(TransitionState.Cancelled, Assert.Single(await Agenda.TransitionsAsync(Host, closedByHand.PollId)).State);

        await secretariat.Hub.InvokeAsync<PollView>("CancelPoll", closedByHand.PollId);
        var cancelled = await OpenPollAsync(secretariat, TimeSpan.FromHours(1), declarationId);
        await secretariat.Hub.InvokeAsync<PollView>("CancelPoll", cancelled.PollId);
        Assert.Equal(TransitionState.Cancelled, Assert.Single(await Agenda.TransitionsAsync(Host, cancelled.PollId)).State);

        var withoutDeadline = await VotingKit.CreatePollAsync(secretariat.Hub, declarationId, quorum: new QuorumSpec(QuorumKind.Count, 1));
        await secretariat.Hub.InvokeAsync<PollView>("OpenPoll", withoutDeadline.PollId);
        Assert.Empty(await Agenda.TransitionsAsync(Host, withoutDeadline.PollId));
    }

    /// <summary>An open poll on the declaration closing <paramref name="after"/> from now; South Africa's seat holder makes the quorum of one.</summary>
    private async Task<PollView> OpenPollAsync(Attendee secretariat, TimeSpan after, Guid? declarationId = null)
    {
        declarationId ??= await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        _quorum ??= await Kit.JoinAsync(DemoLogins.Head("ZAF"), "ZAF");
        var poll = await VotingKit.CreatePollAsync(secretariat.Hub, declarationId.Value, quorum: new QuorumSpec(QuorumKind.Count, 1),
            deadline: DateTimeOffset.UtcNow + after);
        return await secretariat.Hub.InvokeAsync<PollView>("OpenPoll", poll.PollId);
    }

    private Task<(int Poll, int Declaration)> VersionsAsync(Guid pollId, Guid declarationId) => Host.WithDbAsync(async db =>
        (await db.Polls.Where(p => p.Id == pollId).Select(p => p.Version).SingleAsync(),
         await db.Declarations.Where(d => d.Id == declarationId).Select(d => d.Version).SingleAsync()));
}
