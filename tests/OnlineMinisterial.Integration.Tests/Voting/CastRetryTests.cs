using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

public sealed class CastRetryTests : VotingHostTest
{
    [Fact]
    public async Task EachSeatHolderRetriesWithTheSameKey_ThenChangesItsVote_CountedOnce_LastChoiceWins()
    {
        var secretariat = await Kit.SecretariatAsync();
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        var castEvents = new EventRecorder<VoteCast>(observer.Hub, nameof(IVotingClient.VoteCast));
        var declarationId = await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        var voters = await Kit.SeatHoldersAsync(VotingKit.MemberStates);
        var poll = await VotingKit.CreatePollAsync(secretariat.Hub, declarationId);
        var opened = await secretariat.Hub.InvokeAsync<PollView>("OpenPoll", poll.PollId);

        // The original and its retry race each other, as after a reconnect; then each delegation changes its mind.
        var retried = await Task.WhenAll(voters.Select(async v =>
        {
            var key = $"first-{v.Code}";
            var both = await Task.WhenAll(VotingKit.CastAsync(v, poll.PollId, VoteChoice.No, key), VotingKit.CastAsync(v, poll.PollId, VoteChoice.No, key));
            var again = await VotingKit.CastAsync(v, poll.PollId, VoteChoice.No, key);
            return (both, again);
        }));
        Assert.All(retried, r => Assert.Equal(r.both[0], r.both[1]));
        Assert.All(retried, r => Assert.Equal(r.both[0], r.again));

        var changedTo = voters.Select((v, i) => (v, Choice: i % 4 == 0 ? VoteChoice.Abstain : VoteChoice.Yes)).ToList();
        var changed = await Task.WhenAll(changedTo.Select(x => VotingKit.CastAsync(x.v, poll.PollId, x.Choice, $"second-{x.v.Code}")));
        Assert.Equal(52, changed.Select(r => r.ReceiptId).Except(retried.Select(r => r.again.ReceiptId)).Count());

        await secretariat.Hub.InvokeAsync<PollView>("ClosePoll", poll.PollId);
        var result = (await secretariat.Hub.InvokeAsync<PollView>("PublishPoll", poll.PollId)).Result!;
        Assert.Equal((changedTo.Count(x => x.Choice == VoteChoice.Yes), 0, changedTo.Count(x => x.Choice == VoteChoice.Abstain)),
            (result.Yes, result.No, result.Abstain));
        Assert.Equal(52, result.Voted);

        var (casts, audited) = await Host.WithDbAsync(async db => (
            await db.Polls.Where(p => p.Id == poll.PollId).SelectMany(p => p.Casts).CountAsync(),
            await db.AuditEntries.CountAsync(a => a.Action == "poll.vote_cast" && a.SubjectId == poll.PollId.ToString())));
        Assert.Equal((104, 104), (casts, audited));

        // Retries are neither counted nor broadcast: the events tell each counted cast once, versions without gaps.
        await castEvents.WaitForAsync(e => e.Version == opened.Version + 104);
        Assert.Equal(Enumerable.Range(opened.Version + 1, 104), VoteCasts.Versions(castEvents.Received).Order());
        Assert.All(castEvents.Received, e => Assert.Null(e.RunningTally));
    }
}
