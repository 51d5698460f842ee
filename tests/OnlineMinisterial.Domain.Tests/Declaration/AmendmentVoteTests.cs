using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Tests.Declaration;

public class AmendmentVoteTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly List<Guid> _voters = [.. Enumerable.Range(0, 5).Select(_ => Guid.NewGuid())];

    private (DeclarationBuilder b, Amendment a, Poll poll) PutToVote()
    {
        var b = new DeclarationBuilder(_time).Published().AmendmentsOpen();
        var a = b.Document.ProposeAmendment(Guid.NewGuid(), _voters[0], b.OP1.Id, AmendmentKind.Replace,
            "Decide to double cooperation on water management;", "More ambition.", _time.GetUtcNow());
        var poll = Poll.Create(Guid.NewGuid(), b.Document.ConferenceId, PollSubjectKind.Amendment, a.Id, "Amendment to OP1",
            PollMode.Recorded, DecisionRule.SimpleMajority, _time.GetUtcNow());
        a.PutToVote(poll.Id, _time.GetUtcNow());
        poll.Open(_voters, 5, _time.GetUtcNow());
        return (b, a, poll);
    }

    private PollResult Decide(Poll poll, int yes, int no)
    {
        for (var i = 0; i < yes + no; i++)
            poll.Cast(_voters[i], i < yes ? VoteChoice.Yes : VoteChoice.No, $"k{i}", _time.GetUtcNow());
        poll.Close(5, _time.GetUtcNow());
        return poll.Result!;
    }

    [Fact]
    public void UnderVote_CannotBeAcceptedOrRejectedDirectly()
    {
        var (b, a, _) = PutToVote();
        Assert.Equal(DeclarationErrors.AmendmentUnderVote, Assert.Throws<DomainException>(() => b.Document.AcceptAmendment(a, _time.GetUtcNow())).Code);
        Assert.Equal(DeclarationErrors.AmendmentUnderVote, Assert.Throws<DomainException>(() => a.Reject(_time.GetUtcNow())).Code);
    }

    [Fact]
    public void AdoptedByVote_EntersTheDraft()
    {
        var (b, a, poll) = PutToVote();
        b.Document.ApplyAmendmentVote(a, Decide(poll, yes: 3, no: 2), _time.GetUtcNow());
        Assert.Equal(AmendmentState.Accepted, a.State);
        Assert.Equal("Decide to double cooperation on water management;", b.OP1.Text);
    }

    [Fact]
    public void NotAdoptedByVote_IsRejected_AndDraftUnchanged()
    {
        var (b, a, poll) = PutToVote();
        var version = b.Document.Version;
        b.Document.ApplyAmendmentVote(a, Decide(poll, yes: 2, no: 2), _time.GetUtcNow());
        Assert.Equal(AmendmentState.Rejected, a.State);
        Assert.Equal(version, b.Document.Version);
    }

    [Fact]
    public void ResultOfAnotherPoll_IsRefused()
    {
        var (b, a, _) = PutToVote();
        var other = Poll.Create(Guid.NewGuid(), Guid.NewGuid(), PollSubjectKind.Amendment, a.Id, "Other", PollMode.Recorded,
            DecisionRule.SimpleMajority, _time.GetUtcNow());
        other.Open(_voters, 5, _time.GetUtcNow());
        var ex = Assert.Throws<DomainException>(() => b.Document.ApplyAmendmentVote(a, Decide(other, 5, 0), _time.GetUtcNow()));
        Assert.Equal(DeclarationErrors.AmendmentPollMismatch, ex.Code);
        Assert.Equal(AmendmentState.PutToVote, a.State);
    }

    [Fact]
    public void CancelVote_ReturnsAmendmentToProposed()
    {
        var (b, a, poll) = PutToVote();
        poll.Cancel(_time.GetUtcNow());
        a.CancelVote();
        Assert.Equal((AmendmentState.Proposed, (Guid?)null), (a.State, a.PollId));
        b.Document.AcceptAmendment(a, _time.GetUtcNow());
        Assert.Equal(AmendmentState.Accepted, a.State);
    }
}
