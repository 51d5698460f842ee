using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Tests.Voting;

/// <summary>The roll call at its edges: names compared without case, a draft poll, a nameless delegation, everyone voted.</summary>
public class RollCallEdgesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    private (Poll poll, PollBuilder builder, List<RollCallDelegation> delegations) Open(params string[] names)
    {
        var builder = new PollBuilder(_time).Eligible(names.Length);
        var poll = builder.Open();
        return (poll, builder, [.. builder.Delegations.Zip(names, (id, name) => new RollCallDelegation(id, name))]);
    }

    [Fact]
    public void Names_AreOrderedWithoutRegardToCase()
    {
        var (poll, _, delegations) = Open("brazil", "Austria", "chile");
        poll.StartRollCall(delegations, delegations[1].DelegationId);
        Assert.Equal(["Austria", "brazil", "chile"], poll.RollCallOrder.Select(e => e.Name));
    }

    [Fact]
    public void DelegationsOfTheSameName_AreOrderedByTheirId()
    {
        var (poll, _, delegations) = Open("Congo", "Congo", "Chad");
        var chad = delegations[2].DelegationId;
        poll.StartRollCall(delegations, chad);
        var congos = delegations.Take(2).Select(d => d.DelegationId).Order().ToList();
        Assert.Equal([chad, .. congos], poll.RollCallOrder.Select(e => e.DelegationId));
    }

    [Fact]
    public void ARollCall_DrawnByLot_StartsFromTheDelegationDrawn_InOneVersion()
    {
        var (poll, _, delegations) = Open("Kenya", "Austria", "Brazil");
        var version = poll.Version;
        poll.StartRollCall(delegations, new Random(7));
        Assert.Equal(version + 1, poll.Version);
        Assert.Equal(3, poll.RollCallOrder.Count);
        Assert.Equal([1, 2, 3], poll.RollCallOrder.Select(e => e.Position));
    }

    [Fact]
    public void ARollCallByLot_WithoutDelegations_IsRefused()
    {
        var (poll, _, _) = Open("Kenya");
        Assert.Equal(VotingErrors.RollCallInvalid, Assert.Throws<Common.DomainException>(() => poll.StartRollCall([], new Random(1))).Code);
    }

    [Fact]
    public void ARollCall_OfADraftPoll_IsRefused()
    {
        var draft = new PollBuilder(_time).Draft();
        var kenya = new RollCallDelegation(Guid.NewGuid(), "Kenya");
        Assert.Equal(VotingErrors.NotOpen, Assert.Throws<Common.DomainException>(() => draft.StartRollCall([kenya], kenya.DelegationId)).Code);
    }

    [Fact]
    public void ADelegationWithoutAName_IsRefused_EvenAmongNamedOnes()
    {
        var (poll, _, delegations) = Open("Kenya", "Austria");
        delegations[1] = delegations[1] with { Name = " " };
        Assert.Equal(VotingErrors.RollCallInvalid, Assert.Throws<Common.DomainException>(() => poll.StartRollCall(delegations, delegations[0].DelegationId)).Code);
        Assert.Empty(poll.RollCallOrder);
    }

    [Fact]
    public void ADrawnDelegationThatDoesNotVote_IsRefused()
    {
        var (poll, _, delegations) = Open("Kenya", "Austria");
        Assert.Equal(VotingErrors.RollCallInvalid, Assert.Throws<Common.DomainException>(() => poll.StartRollCall(delegations, Guid.NewGuid())).Code);
    }

    [Fact]
    public void OnceEveryoneVoted_NoOneIsNextInTheRollCall()
    {
        var (poll, builder, delegations) = Open("Kenya", "Austria");
        poll.StartRollCall(delegations, delegations[0].DelegationId);
        builder.Cast(poll, yes: 2);
        Assert.Null(poll.NextInRollCall);
    }
}
