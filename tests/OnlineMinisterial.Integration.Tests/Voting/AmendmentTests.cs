using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

public sealed class AmendmentTests : VotingHostTest
{
    private Attendee _secretariat = null!;
    private ParagraphView _op1 = null!;

    private async Task OpenForAmendmentsAsync()
    {
        _secretariat = await Kit.SecretariatAsync();
        await VotingKit.PublishedDeclarationAsync(_secretariat.Hub);
        var declaration = await _secretariat.Hub.InvokeAsync<DeclarationView>("OpenAmendments");
        _op1 = declaration.Current!.Paragraphs.Single(p => p.Label == "OP1");
    }

    private static Task<AmendmentView> ProposeAsync(Attendee who, Guid paragraphId, string text) =>
        who.Hub.InvokeAsync<AmendmentView>("ProposeAmendment",
            new ProposeAmendmentRequest(paragraphId, AmendmentKind.Replace, text, "Clearer commitment."));

    [Fact]
    public async Task ProposedCoSponsoredAndAcceptedByTheChair_TheAmendmentEntersTheNextVersion()
    {
        await OpenForAmendmentsAsync();
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        var events = new EventRecorder<AmendmentView>(observer.Hub, nameof(IVotingClient.AmendmentChanged));
        var (kaz, usa) = ((await Kit.SeatHoldersAsync(["KAZ"]))[0], (await Kit.SeatHoldersAsync(["USA"]))[0]);
        var chair = await Kit.JoinAsync(DemoLogins.Chair);

        var amendment = await ProposeAsync(kaz, _op1.ParagraphId, "Decide to share early warnings within 48 hours;");
        await usa.Hub.InvokeAsync<AmendmentView>("CoSponsorAmendment", amendment.AmendmentId);
        await VotingKit.RefusedAsync(() => kaz.Hub.InvokeAsync<AmendmentView>("CoSponsorAmendment", amendment.AmendmentId),
            DeclarationErrors.ProposerCannotCoSponsor);
        await VotingKit.RefusedAsync(() => usa.Hub.InvokeAsync<AmendmentView>("AcceptAmendment", amendment.AmendmentId), ErrorCodes.Forbidden);
        var accepted = await chair.Hub.InvokeAsync<AmendmentView>("AcceptAmendment", amendment.AmendmentId);
        var v2 = await _secretariat.Hub.InvokeAsync<DeclarationView>("PublishDraft");

        Assert.Equal(AmendmentState.Accepted, accepted.State);
        Assert.Equal(await Kit.DelegationIdAsync("USA"), Assert.Single(accepted.CoSponsors).DelegationId);
        Assert.Equal("Decide to share early warnings within 48 hours;", v2.Current!.Paragraphs.Single(p => p.Label == "OP1").Text);
        await events.WaitForAsync(e => e.Version == accepted.Version);
        Assert.Equal(Enumerable.Range(0, accepted.Version + 1), events.Received.Select(e => e.Version).Order());
        var snapshot = await observer.Hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration");
        Assert.Equal(accepted, Assert.Single(snapshot.Amendments), AmendmentComparer.Instance);
    }

    [Fact]
    public async Task APanelModerator_WhoChairsNoPlenary_CannotDecideOnAmendments()
    {
        await OpenForAmendmentsAsync();
        var kaz = (await Kit.SeatHoldersAsync(["KAZ"]))[0];
        var moderator = await Kit.JoinAsync(DemoLogins.Moderator);
        var amendment = await ProposeAsync(kaz, _op1.ParagraphId, "Decide to share early warnings within 24 hours;");

        foreach (var call in new Func<Task>[]
        {
            () => moderator.Hub.InvokeAsync<AmendmentView>("AcceptAmendment", amendment.AmendmentId),
            () => moderator.Hub.InvokeAsync<AmendmentView>("RejectAmendment", amendment.AmendmentId),
            () => moderator.Hub.InvokeAsync<PollView>("PutAmendmentToVote", amendment.AmendmentId, PollMode.Recorded, DecisionRule.SimpleMajority),
        })
            await VotingKit.RefusedAsync(call, ErrorCodes.Forbidden);

        var snapshot = await moderator.Hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration");
        Assert.Equal(AmendmentState.Proposed, Assert.Single(snapshot.Amendments).State);
        Assert.Empty((await moderator.Hub.InvokeAsync<PollsSnapshot>("GetPolls")).Polls);
    }

    [Fact]
    public async Task OnlyTheHeadOrSeatHolderProposes_AlternatesObserversAndClosedAmendmentsAreRefused()
    {
        await OpenForAmendmentsAsync();
        var alternate = await Kit.JoinAsync(DemoLogins.Alternate("KAZ"), "KAZ");
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        await VotingKit.RefusedAsync(() => ProposeAsync(alternate, _op1.ParagraphId, "Text;"), ErrorCodes.NotSeatHolder);
        await VotingKit.RefusedAsync(() => ProposeAsync(observer, _op1.ParagraphId, "Text;"), ErrorCodes.Forbidden);

        var eu = (await Kit.SeatHoldersAsync(["EU"]))[0];
        Assert.Equal(AmendmentState.Proposed, (await ProposeAsync(eu, _op1.ParagraphId, "Organisations propose too;")).State);

        await _secretariat.Hub.InvokeAsync<DeclarationView>("CloseAmendments");
        var kaz = (await Kit.SeatHoldersAsync(["KAZ"]))[0];
        await VotingKit.RefusedAsync(() => ProposeAsync(kaz, _op1.ParagraphId, "Too late;"), DeclarationErrors.AmendmentsClosed);
        Assert.Single((await observer.Hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration")).Amendments);
    }

    [Fact]
    public async Task PutToAVote_AdoptedAndPublished_EntersTheDraft_CancelledLeavesItPending()
    {
        await OpenForAmendmentsAsync();
        var kaz = (await Kit.SeatHoldersAsync(["KAZ"]))[0];
        var chair = await Kit.JoinAsync(DemoLogins.Chair);
        var amendment = await ProposeAsync(kaz, _op1.ParagraphId, "Decide to act together;");

        var cancelled = await chair.Hub.InvokeAsync<PollView>("PutAmendmentToVote", amendment.AmendmentId, PollMode.Recorded, DecisionRule.SimpleMajority);
        Assert.Equal((PollSubjectKind.Amendment, amendment.AmendmentId, PollState.Draft), (cancelled.SubjectKind, cancelled.SubjectId, cancelled.State));
        await VotingKit.RefusedAsync(() => chair.Hub.InvokeAsync<PollView>("CancelPoll", cancelled.PollId), ErrorCodes.Forbidden);
        await _secretariat.Hub.InvokeAsync<PollView>("CancelPoll", cancelled.PollId);
        var pending = (await kaz.Hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration")).Amendments.Single();
        Assert.Equal((AmendmentState.Proposed, (Guid?)null), (pending.State, pending.PollId));

        // The secretariat may also create the amendment's poll itself, here with a quorum of one present delegation.
        var poll = await _secretariat.Hub.InvokeAsync<PollView>("CreatePoll", new CreatePollRequest(PollSubjectKind.Amendment,
            amendment.AmendmentId, null, PollMode.Secret, DecisionRule.SimpleMajority, new QuorumSpec(QuorumKind.Count, 1), null, false));
        Assert.Equal(("KAZ", "OP1"), (poll.Wording!.Proposer!.Code, poll.Wording.ParagraphLabel));
        await _secretariat.Hub.InvokeAsync<PollView>("OpenPoll", poll.PollId);
        foreach (var voter in (await Kit.SeatHoldersAsync(["USA", "MEX"])).Append(kaz))
            await VotingKit.CastAsync(voter, poll.PollId, VoteChoice.Yes);
        await _secretariat.Hub.InvokeAsync<PollView>("ClosePoll", poll.PollId);
        await _secretariat.Hub.InvokeAsync<PollView>("PublishPoll", poll.PollId);

        var after = await _secretariat.Hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration");
        Assert.Equal(AmendmentState.Accepted, after.Amendments.Single().State);
        Assert.Equal("Decide to act together;", after.Declaration!.Draft!.Paragraphs.Single(p => p.Label == "OP1").Text);
        Assert.True(after.Declaration.Draft.HasUnpublishedChanges);
    }

    private sealed class AmendmentComparer : IEqualityComparer<AmendmentView>
    {
        public static readonly AmendmentComparer Instance = new();

        public bool Equals(AmendmentView? x, AmendmentView? y) =>
            x is not null && y is not null && x.AmendmentId == y.AmendmentId && x.Version == y.Version && x.State == y.State
            && x.CoSponsors.SequenceEqual(y.CoSponsors);

        public int GetHashCode(AmendmentView obj) => obj.AmendmentId.GetHashCode();
    }
}
