using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

/// <summary>A seat holder on two devices: the one that did not vote shows the delegation's vote too, and nobody else sees it.</summary>
public sealed class YourVoteTests : VotingHostTest
{
    [Theory]
    [InlineData(PollMode.Recorded)]
    [InlineData(PollMode.Secret)]
    public async Task SeatHolderOnTwoDevices_TheOtherDeviceSeesTheCurrentVoteAndReceipt_OthersNever(PollMode mode)
    {
        var secretariat = await Kit.SecretariatAsync();
        var declarationId = await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        var poll = await Kit.OpenPollAsync(secretariat.Hub, declarationId, mode);
        var laptop = await Kit.JoinAsync(DemoLogins.Head("KAZ"), "KAZ");
        var tablet = await Kit.JoinAsync(DemoLogins.Head("KAZ"), "KAZ");
        var alternate = await Kit.JoinAsync(DemoLogins.Alternate("KAZ"), "KAZ");
        var otherHead = await Kit.JoinAsync(DemoLogins.Head("MEX"), "MEX");
        var pushed = new EventRecorder<YourVoteView>(tablet.Hub, nameof(IVotingClient.YourVoteChanged));
        var leaked = new EventRecorder<YourVoteView>(otherHead.Hub, nameof(IVotingClient.YourVoteChanged));

        Assert.Null((await tablet.Hub.InvokeAsync<PollSnapshot>("GetPoll", poll.PollId)).Poll.YourVote);
        await VotingKit.CastAsync(laptop, poll.PollId, VoteChoice.No);
        var receipt = await VotingKit.CastAsync(laptop, poll.PollId, VoteChoice.Yes);

        var onTablet = (await tablet.Hub.InvokeAsync<PollSnapshot>("GetPoll", poll.PollId)).Poll.YourVote;
        Assert.NotNull(onTablet);
        Assert.Equal(receipt, onTablet.Receipt);
        // A secret poll gives the choice back to nobody, the seat holder included: the receipt says they voted.
        var expected = mode == PollMode.Recorded ? VoteChoice.Yes : (VoteChoice?)null;
        Assert.Equal(expected, onTablet.Choice);
        var live = await pushed.WaitForAsync(v => v.Receipt.Sequence == receipt.Sequence);
        Assert.Equal(expected, live.Choice);
        var listed = (await tablet.Hub.InvokeAsync<PollsSnapshot>("GetPolls")).Polls.Single(p => p.PollId == poll.PollId);
        Assert.Equal(receipt.ReceiptId, listed.YourVote?.Receipt.ReceiptId);

        // Not the seat holder, another delegation, the secretariat: no "your vote" at all.
        foreach (var other in new[] { alternate, otherHead, secretariat })
            Assert.Null((await other.Hub.InvokeAsync<PollSnapshot>("GetPoll", poll.PollId)).Poll.YourVote);
        await VotingKit.CastAsync(otherHead, poll.PollId, VoteChoice.No);
        var mexico = await leaked.WaitForAsync(_ => true);
        Assert.Equal(mode == PollMode.Recorded ? (VoteChoice?)VoteChoice.No : null, mexico.Choice);
        Assert.All(pushed.Received, v => Assert.Equal(receipt.DelegationId, v.DelegationId));
    }

    [Fact]
    public async Task SecretPoll_BeforeAndAfterClose_TheSeatHolderSeesThatTheyVoted_NeverTheChoice()
    {
        var secretariat = await Kit.SecretariatAsync();
        var declarationId = await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        var poll = await Kit.OpenPollAsync(secretariat.Hub, declarationId, PollMode.Secret);
        var head = await Kit.JoinAsync(DemoLogins.Head("KAZ"), "KAZ");
        var receipt = await VotingKit.CastAsync(head, poll.PollId, VoteChoice.Abstain);
        Assert.Null((await head.Hub.InvokeAsync<PollSnapshot>("GetPoll", poll.PollId)).Poll.YourVote?.Choice);

        await secretariat.Hub.InvokeAsync<PollView>("ClosePoll", poll.PollId);
        var mine = (await head.Hub.InvokeAsync<PollSnapshot>("GetPoll", poll.PollId)).Poll.YourVote;

        Assert.Equal(receipt.ReceiptId, mine?.Receipt.ReceiptId);
        Assert.Null(mine?.Choice);
    }
}
