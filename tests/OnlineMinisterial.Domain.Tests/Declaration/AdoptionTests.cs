using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Tests.Declaration;

public class AdoptionTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly List<Guid> _voters = [.. Enumerable.Range(0, 5).Select(_ => Guid.NewGuid())];

    private PollResult VoteOn(DeclarationBuilder b, PollMode mode, DecisionRule rule, params VoteChoice[] choices)
    {
        var poll = Poll.Create(Guid.NewGuid(), b.Document.ConferenceId, PollSubjectKind.Declaration, b.Document.Id,
            "Adopt the declaration?", mode, rule, _time.GetUtcNow());
        poll.Open(_voters, 5, _time.GetUtcNow());
        for (var i = 0; i < choices.Length; i++) poll.Cast(_voters[i], choices[i], $"k{i}", _time.GetUtcNow());
        poll.Close(5, _time.GetUtcNow());
        return poll.Result!;
    }

    [Fact]
    public void AdoptByRecordedMajorityVote_JoinedAreThoseWhoVotedYes()
    {
        var b = new DeclarationBuilder(_time).Published();
        var result = VoteOn(b, PollMode.Recorded, DecisionRule.SimpleMajority,
            VoteChoice.Yes, VoteChoice.Yes, VoteChoice.Yes, VoteChoice.No, VoteChoice.Abstain);

        b.Document.AdoptByVote(result, _time.GetUtcNow());

        Assert.Equal((DeclarationState.Adopted, AdoptionMethod.Vote, result.PollId), (b.Document.State, b.Document.AdoptedBy!.Value, b.Document.AdoptionPollId!.Value));
        Assert.Equal(_voters.Take(3), b.Document.JoinedDelegationIds);
    }

    [Fact]
    public void AdoptByConsensus_JoinedAreAllVotingDelegations()
    {
        var b = new DeclarationBuilder(_time).Published();
        b.Document.AdoptByVote(VoteOn(b, PollMode.Recorded, DecisionRule.Consensus, VoteChoice.Yes, VoteChoice.Abstain), _time.GetUtcNow());
        Assert.Equal(AdoptionMethod.Consensus, b.Document.AdoptedBy);
        Assert.Equal(_voters, b.Document.JoinedDelegationIds);
    }

    [Fact]
    public void AdoptBySecretVote_JoinedAreAllVotingDelegationsExceptThoseWhoDissociate()
    {
        var b = new DeclarationBuilder(_time).Published();
        b.Document.AdoptByVote(VoteOn(b, PollMode.Secret, DecisionRule.SimpleMajority,
            VoteChoice.Yes, VoteChoice.Yes, VoteChoice.Yes, VoteChoice.No), _time.GetUtcNow());

        b.Document.AttachStatement(_voters[3], StatementKind.Dissociation, "We do not associate ourselves with this text.", _time.GetUtcNow());

        Assert.Equal(_voters.Where((_, i) => i != 3), b.Document.JoinedDelegationIds);
    }

    [Fact]
    public void Reservation_AndExplanation_DoNotRemoveADelegationFromThoseWhoJoined()
    {
        var b = new DeclarationBuilder(_time).Published();
        b.Document.AdoptByVote(VoteOn(b, PollMode.Recorded, DecisionRule.Consensus), _time.GetUtcNow());
        b.Document.AttachStatement(_voters[0], StatementKind.Reservation, "Reservation on OP2.", _time.GetUtcNow());
        b.Document.AttachStatement(_voters[0], StatementKind.ExplanationOfPosition, "We joined because…", _time.GetUtcNow());

        var final = b.Document.FinalText();

        Assert.Equal(_voters, final.JoinedDelegationIds);
        Assert.Equal(2, final.Statements.Count);
        Assert.Equal((1, 5), (final.VersionNumber, final.Paragraphs.Count));
    }

    [Fact]
    public void AttachStatement_SameKindTwice_IsRefused()
    {
        var b = new DeclarationBuilder(_time).Published();
        b.Document.AdoptByVote(VoteOn(b, PollMode.Recorded, DecisionRule.Consensus), _time.GetUtcNow());
        b.Document.AttachStatement(_voters[0], StatementKind.Reservation, "OP2", _time.GetUtcNow());
        var ex = Assert.Throws<DomainException>(() => b.Document.AttachStatement(_voters[0], StatementKind.Reservation, "OP3", _time.GetUtcNow()));
        Assert.Equal(DeclarationErrors.StatementAlreadyAttached, ex.Code);
    }

    [Fact]
    public void BeforeAdoption_StatementsAndFinalText_AreRefused()
    {
        var d = new DeclarationBuilder(_time).Published().Document;
        Assert.Equal(DeclarationErrors.NotAdopted, Assert.Throws<DomainException>(() =>
            d.AttachStatement(_voters[0], StatementKind.ExplanationOfPosition, "x", _time.GetUtcNow())).Code);
        Assert.Equal(DeclarationErrors.NotAdopted, Assert.Throws<DomainException>(d.FinalText).Code);
    }

    [Fact]
    public void AdoptByVote_WithPollThatDidNotAdopt_IsRefused()
    {
        var b = new DeclarationBuilder(_time).Published();
        var result = VoteOn(b, PollMode.Recorded, DecisionRule.Consensus, VoteChoice.No);
        var ex = Assert.Throws<DomainException>(() => b.Document.AdoptByVote(result, _time.GetUtcNow()));
        Assert.Equal(DeclarationErrors.PollNotAdopted, ex.Code);
        Assert.Equal(DeclarationState.Drafting, b.Document.State);
    }

    [Fact]
    public void AdoptByVote_WithPollAboutAnotherDeclaration_IsRefused()
    {
        var b = new DeclarationBuilder(_time).Published();
        var other = new DeclarationBuilder(_time).Published();
        var ex = Assert.Throws<DomainException>(() => b.Document.AdoptByVote(VoteOn(other, PollMode.Recorded, DecisionRule.Consensus), _time.GetUtcNow()));
        Assert.Equal(DeclarationErrors.PollSubjectMismatch, ex.Code);
    }

    [Fact]
    public void Adopted_TheTextCanNoLongerChange()
    {
        var b = new DeclarationBuilder(_time).Published().AmendmentsOpen();
        b.Document.AdoptByVote(VoteOn(b, PollMode.Recorded, DecisionRule.Consensus), _time.GetUtcNow());
        Assert.False(b.Document.AmendmentsOpen);
        Assert.Equal(DeclarationErrors.NotDrafting, Assert.Throws<DomainException>(() => b.Document.ReplaceParagraph(b.OP1.Id, "x")).Code);
        Assert.Equal(DeclarationErrors.NotDrafting, Assert.Throws<DomainException>(() => b.Document.PublishDraft(_time.GetUtcNow())).Code);
    }

    [Fact]
    public void AStatementOneOverItsLimit_IsTooLong_AndNothingIsAttached()
    {
        var b = new DeclarationBuilder(_time).Published();
        b.Document.AdoptByVote(VoteOn(b, PollMode.Recorded, DecisionRule.Consensus), _time.GetUtcNow());
        var tooLong = Assert.Throws<DomainException>(() =>
            b.Document.AttachStatement(_voters[0], StatementKind.Reservation, new string('s', TextLimits.Statement + 1), _time.GetUtcNow()));
        Assert.Equal(ErrorCodes.TextTooLong, tooLong.Code);
        Assert.Empty(b.Document.Statements);
        b.Document.AttachStatement(_voters[0], StatementKind.Reservation, new string('s', TextLimits.Statement), _time.GetUtcNow());
        Assert.Single(b.Document.Statements);
    }
}
