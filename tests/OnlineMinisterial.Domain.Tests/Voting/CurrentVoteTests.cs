using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Tests.Voting;

public class CurrentVoteTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void CurrentVote_IsTheLastCast_WithItsReceipt_InARecordedPoll()
    {
        var builder = new PollBuilder(_time);
        var poll = builder.Open();
        var mine = builder.Delegations[0];
        poll.Cast(mine, VoteChoice.Yes, "first", _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(5));
        var second = poll.Cast(mine, VoteChoice.Abstain, "second", _time.GetUtcNow());
        poll.Cast(builder.Delegations[1], VoteChoice.No, "other", _time.GetUtcNow());

        var vote = poll.CurrentVoteOf(mine);

        Assert.Equal(second, vote!.Receipt);
        Assert.Equal(VoteChoice.Abstain, vote.Choice);
        Assert.Null(poll.CurrentVoteOf(builder.Delegations[2]));
    }

    [Fact]
    public void CurrentVote_InASecretPoll_IsTheLastReceipt_WithoutTheChoice_OpenOrClosed()
    {
        var builder = new PollBuilder(_time).Secret();
        var poll = builder.Open();
        var mine = builder.Delegations[0];
        poll.Cast(mine, VoteChoice.No, "first", _time.GetUtcNow());
        var changed = poll.Cast(mine, VoteChoice.Yes, "second", _time.GetUtcNow());
        poll.Cast(builder.Delegations[1], VoteChoice.No, "other", _time.GetUtcNow());

        var open = poll.CurrentVoteOf(mine);
        Assert.Null(open!.Choice);
        Assert.Null(open.Receipt.Choice);
        Assert.Equal(changed.ReceiptId, open.Receipt.ReceiptId);

        poll.Close(builder.Delegations.Count, _time.GetUtcNow());
        var closed = poll.CurrentVoteOf(mine);
        Assert.Null(closed!.Choice);
        Assert.Equal(changed.ReceiptId, closed.Receipt.ReceiptId);
    }
}
