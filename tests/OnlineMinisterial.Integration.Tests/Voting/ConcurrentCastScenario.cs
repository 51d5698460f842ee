using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

/// <summary>
/// All sixty delegations' seat holders press the button at the same moment, on each database: the casts are committed
/// in groups (ADR 0053) and broadcast after the commit, and every watching screen still gets each version once, in order.
/// </summary>
public abstract class ConcurrentCastScenario(Func<Task<TestDatabase>>? database = null) : VotingHostTest(database)
{
    [Fact]
    public async Task SixtySeatHoldersCastAtOnce_TallyEqualsTheBallots_EachVotingDelegationCountedOnce_OrganisationsRefused()
    {
        var secretariat = await Kit.SecretariatAsync();
        var declarationId = await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        var voters = await Kit.SeatHoldersAsync(VotingKit.MemberStates.Concat(VotingKit.Organisations));
        Assert.Equal(60, voters.Count);
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        var watchers = new[] { observer.Hub, secretariat.Hub }.Select(h => new EventRecorder<VoteCast>(h, nameof(IVotingClient.VoteCast))).ToList();
        var poll = await VotingKit.CreatePollAsync(secretariat.Hub, declarationId);
        var opened = await secretariat.Hub.InvokeAsync<PollView>("OpenPoll", poll.PollId);
        var choiceOf = voters.Select((v, i) => (v.Code!, Choice: (VoteChoice)(i % 3))).ToDictionary(x => x.Item1, x => x.Choice);

        var outcomes = await Task.WhenAll(voters.Select(async v =>
        {
            try
            {
                return (v.Code, Receipt: await VotingKit.CastAsync(v, poll.PollId, choiceOf[v.Code!]), Error: (string?)null);
            }
            catch (HubException e)
            {
                return (v.Code, Receipt: (VoteReceipt?)null, Error: e.Message);
            }
        }));

        var refused = outcomes.Where(o => o.Error is not null).ToList();
        Assert.Equal(VotingKit.Organisations.Order(), refused.Select(o => o.Code).Order());
        Assert.All(refused, o => Assert.Equal(VotingErrors.NotEligible, VotingKit.CodeOf(o.Error)));
        var receipts = outcomes.Where(o => o.Receipt is not null).Select(o => o.Receipt!).ToList();
        Assert.Equal(52, receipts.Count);
        Assert.Equal(52, receipts.Select(r => r.ReceiptId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 52), receipts.Select(r => r.Sequence).Order());

        // Each watcher: versions opened+1 .. opened+52 exactly once and in that order (casts committed together
        // travel in one event, ADR 0060), each voter named once, the numbers those of each event's last version.
        var memberIds = (await Kit.CodesByIdAsync()).Where(c => VotingKit.MemberStates.Contains(c.Value)).Select(c => c.Key).Order().ToList();
        foreach (var watcher in watchers)
        {
            await watcher.WaitForAsync(e => e.Version == opened.Version + 52);
            var events = watcher.Received.Where(e => e.PollId == poll.PollId).ToList();
            Assert.Equal(Enumerable.Range(opened.Version + 1, 52), VoteCasts.Versions(events));
            Assert.All(events, e => Assert.Equal(e.Version - opened.Version, e.Turnout.Voted));
            Assert.All(events, e => Assert.Equal(e.Version - e.FromVersion + 1, e.DelegationIds.Count));
            Assert.Equal(memberIds, events.SelectMany(e => e.DelegationIds).Order());
        }
        Assert.All(watchers[0].Received, e => Assert.Null(e.RunningTally));
        Assert.All(watchers[1].Received, e => Assert.Equal(e.Turnout.Voted, e.RunningTally!.Voted));
        Assert.Equal(52, watchers[1].Received.Last().RunningTally!.Voted);

        await secretariat.Hub.InvokeAsync<PollView>("ClosePoll", poll.PollId);
        var published = await secretariat.Hub.InvokeAsync<PollView>("PublishPoll", poll.PollId);

        var expected = VotingKit.MemberStates.Select(c => choiceOf[c]).ToList();
        var result = published.Result!;
        Assert.Equal(expected.Count(c => c == VoteChoice.Yes), result.Yes);
        Assert.Equal(expected.Count(c => c == VoteChoice.No), result.No);
        Assert.Equal(expected.Count(c => c == VoteChoice.Abstain), result.Abstain);
        Assert.Equal(52, result.Voted);
        Assert.Equal(52, published.Turnout.Voted);
        Assert.Empty(published.NotYetVoted);
        var codes = await Kit.CodesByIdAsync();
        Assert.Equal(52, result.RecordedVotes.Select(v => v.DelegationId).Distinct().Count());
        Assert.All(result.RecordedVotes, v => Assert.Equal(choiceOf[codes[v.DelegationId]], v.Choice));

        var (participations, casts) = await Host.WithDbAsync(async db => (
            await db.Polls.Where(p => p.Id == poll.PollId).SelectMany(p => p.Participations).CountAsync(),
            await db.Polls.Where(p => p.Id == poll.PollId).SelectMany(p => p.Casts).CountAsync()));
        Assert.Equal((52, 52), (participations, casts));
    }
}

public sealed class ConcurrentCastTests : ConcurrentCastScenario;

public sealed class ConcurrentCastTestsPostgres() : ConcurrentCastScenario(TestDatabase.PostgresAsync);
