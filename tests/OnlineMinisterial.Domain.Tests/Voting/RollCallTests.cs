using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Tests.Voting;

public class RollCallTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    private static readonly string[] Names = ["Kenya", "Austria", "Côte d'Ivoire", "Brazil", "Costa Rica", "Japan"];

    private (Poll poll, List<RollCallDelegation> delegations) OpenRecorded()
    {
        var builder = new PollBuilder(_time).Eligible(Names.Length);
        var poll = builder.Open();
        return (poll, [.. builder.Delegations.Zip(Names, (id, name) => new RollCallDelegation(id, name))]);
    }

    private static string[] OrderOf(Poll poll) => [.. poll.RollCallOrder.Select(e => e.Name)];

    [Fact]
    public void StartRollCall_FromDrawnDelegation_ThenAlphabetical_WrappingAround()
    {
        var (poll, delegations) = OpenRecorded();
        var costaRica = delegations.Single(d => d.Name == "Costa Rica").DelegationId;

        poll.StartRollCall(delegations, costaRica);

        Assert.Equal(["Costa Rica", "Côte d'Ivoire", "Japan", "Kenya", "Austria", "Brazil"], OrderOf(poll));
        Assert.Equal([1, 2, 3, 4, 5, 6], poll.RollCallOrder.Select(e => e.Position));
        Assert.Equal(costaRica, poll.ToPublicView().RollCallOrder[0]);
    }

    [Fact]
    public void StartRollCall_WithSeededLot_IsReproducible()
    {
        var (first, delegations) = OpenRecorded();
        first.StartRollCall(delegations, new Random(7));
        var (second, sameNames) = OpenRecorded();
        second.StartRollCall(sameNames, new Random(7));

        Assert.Equal(OrderOf(first), OrderOf(second));
    }

    [Fact]
    public void NextInRollCall_SkipsThoseWhoHaveVoted()
    {
        var (poll, delegations) = OpenRecorded();
        var austria = delegations.Single(d => d.Name == "Austria").DelegationId;
        var brazil = delegations.Single(d => d.Name == "Brazil").DelegationId;
        poll.StartRollCall(delegations, austria);

        poll.Cast(austria, VoteChoice.Yes, "k", _time.GetUtcNow());

        Assert.Equal(brazil, poll.NextInRollCall);
    }

    [Fact]
    public void StartRollCall_OnSecretPoll_IsRefused()
    {
        var builder = new PollBuilder(_time).Secret().Eligible(2);
        var poll = builder.Open();
        var delegations = builder.Delegations.Select(id => new RollCallDelegation(id, "X")).ToList();
        var ex = Assert.Throws<DomainException>(() => poll.StartRollCall(delegations, delegations[0].DelegationId));
        Assert.Equal(VotingErrors.RollCallRequiresRecorded, ex.Code);
    }

    [Fact]
    public void StartRollCall_WithListNotMatchingVotingDelegations_IsRefused()
    {
        var (poll, delegations) = OpenRecorded();
        var wrong = delegations.Skip(1).Append(new RollCallDelegation(Guid.NewGuid(), "Narnia")).ToList();
        var ex = Assert.Throws<DomainException>(() => poll.StartRollCall(wrong, wrong[0].DelegationId));
        Assert.Equal(VotingErrors.RollCallInvalid, ex.Code);
        Assert.Empty(poll.RollCallOrder);
    }

    [Fact]
    public void StartRollCall_Twice_IsRefused()
    {
        var (poll, delegations) = OpenRecorded();
        poll.StartRollCall(delegations, delegations[0].DelegationId);
        var version = poll.Version;
        Assert.Throws<DomainException>(() => poll.StartRollCall(delegations, delegations[1].DelegationId));
        Assert.Equal(version, poll.Version);
    }

    [Fact]
    public void OpenWithRollCall_OpensAndDraws_InOneVersion()
    {
        var builder = new PollBuilder(_time).Eligible(Names.Length);
        var poll = builder.Draft();
        var ids = Enumerable.Range(0, Names.Length).Select(_ => Guid.NewGuid()).ToList();
        List<RollCallDelegation> delegations = [.. ids.Zip(Names, (id, name) => new RollCallDelegation(id, name))];
        var version = poll.Version;

        poll.OpenWithRollCall(ids, ids.Count, _time.GetUtcNow(), null, delegations, ids[0]);

        Assert.Equal(PollState.Open, poll.State);
        Assert.Equal("Kenya", poll.RollCallOrder[0].Name);
        Assert.Equal(version + 1, poll.Version);
    }

    [Fact]
    public void OpenWithRollCall_OfASecretPoll_IsRefused_AndLeavesItADraft()
    {
        var poll = new PollBuilder(_time).Secret().Draft();
        var id = Guid.NewGuid();

        var ex = Assert.Throws<DomainException>(() =>
            poll.OpenWithRollCall([id], 1, _time.GetUtcNow(), null, [new RollCallDelegation(id, "Kenya")], id));

        Assert.Equal(VotingErrors.RollCallRequiresRecorded, ex.Code);
        Assert.Equal(PollState.Draft, poll.State);
    }
}
