using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

public sealed class SilenceAndAdoptionTests : VotingHostTest
{
    private Attendee _secretariat = null!;
    private Guid _declarationId;

    private async Task CirculateAsync(TimeSpan until)
    {
        _secretariat = await Kit.SecretariatAsync();
        _declarationId = await VotingKit.PublishedDeclarationAsync(_secretariat.Hub);
        await _secretariat.Hub.InvokeAsync<DeclarationView>("CirculateUnderSilence", Clock.GetUtcNow() + until);
    }

    private async Task<bool> EndSilenceAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AdoptionCommands>().EndSilenceAsync(_declarationId);
    }

    [Fact]
    public async Task UnbrokenSilence_AdoptsAtTheDeadline_OnceEvenIfRunTwice_AndTheFinalTextListsWhoJoined()
    {
        await CirculateAsync(TimeSpan.FromHours(1));
        var early = await Assert.ThrowsAsync<DomainException>(EndSilenceAsync);
        Assert.Equal(DeclarationErrors.SilenceDeadlineNotReached, early.Code);

        Clock.Advance(TimeSpan.FromHours(1));
        Assert.True(await EndSilenceAsync());
        Assert.False(await EndSilenceAsync());

        var (kaz, mex) = ((await Kit.SeatHoldersAsync(["KAZ"]))[0], (await Kit.SeatHoldersAsync(["MEX"]))[0]);
        await kaz.Hub.InvokeAsync<DeclarationView>("AttachStatement", StatementKind.Reservation, "Kazakhstan reserves its position on OP1.");
        await mex.Hub.InvokeAsync<DeclarationView>("AttachStatement", StatementKind.Dissociation, "Mexico does not associate itself.");
        await VotingKit.RefusedAsync(() => kaz.Hub.InvokeAsync<DeclarationView>("AttachStatement", StatementKind.Reservation, "Again."),
            DeclarationErrors.StatementAlreadyAttached);

        var final = await kaz.Person.GetAsync<FinalDeclarationView>("/api/declaration/final");
        Assert.Equal((AdoptionMethod.Silence, 1), (final!.Method, final.VersionNumber));
        Assert.Equal(51, final.JoinedDelegations.Count);
        Assert.Contains(final.JoinedDelegations, d => d.Code == "KAZ");
        Assert.DoesNotContain(final.JoinedDelegations, d => d.Code is "MEX" or "EU");
        Assert.Equal(["KAZ", "MEX"], final.Statements.Select(s => s.Delegation.Code));
        Assert.Equal(final, await kaz.Hub.InvokeAsync<FinalDeclarationView>("GetFinalDeclaration"), FinalComparer.Instance);
    }

    [Fact]
    public async Task BrokenSilence_ReturnsTheDeclarationToDrafting_OnlyAVotingSeatHolderMayBreakIt()
    {
        await CirculateAsync(TimeSpan.FromMinutes(30));
        var eu = (await Kit.SeatHoldersAsync(["EU"]))[0];
        var alternate = await Kit.JoinAsync(DemoLogins.Alternate("USA"), "USA");
        var usa = (await Kit.SeatHoldersAsync(["USA"]))[0];
        await VotingKit.RefusedAsync(() => eu.Hub.InvokeAsync<DeclarationView>("BreakSilence", "We object."), DeclarationErrors.SilenceNotEligible);
        await VotingKit.RefusedAsync(() => alternate.Hub.InvokeAsync<DeclarationView>("BreakSilence", "We object."), ErrorCodes.NotSeatHolder);

        var broken = await usa.Hub.InvokeAsync<DeclarationView>("BreakSilence", "OP1 needs a time frame.");
        Assert.Equal("OP1 needs a time frame.", Assert.Single(broken.Silence!.Breaks).Reason);
        Clock.Advance(TimeSpan.FromMinutes(31));
        await VotingKit.RefusedAsync(() => usa.Hub.InvokeAsync<DeclarationView>("BreakSilence", "Late."), DeclarationErrors.SilenceBrokenAfterDeadline);
        Assert.True(await EndSilenceAsync());

        var after = (await usa.Hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration")).Declaration!;
        Assert.Equal((DeclarationState.Drafting, SilenceOutcome.Broken), (after.State, after.Silence!.Outcome));
        await VotingKit.RefusedAsync(() => usa.Hub.InvokeAsync<FinalDeclarationView>("GetFinalDeclaration"), DeclarationErrors.NotAdopted);
    }

    [Fact]
    public async Task RecordedVoteAdoptsTheDeclaration_ThoseInFavourJoin_NoNewVersionWhileTheVoteIsPending()
    {
        _secretariat = await Kit.SecretariatAsync();
        _declarationId = await VotingKit.PublishedDeclarationAsync(_secretariat.Hub);
        var poll = await Kit.OpenPollAsync(_secretariat.Hub, _declarationId);
        await _secretariat.Hub.InvokeAsync<DeclarationView>("AddParagraph", ParagraphKind.Operative, "Late addition;", null);
        await VotingKit.RefusedAsync(() => _secretariat.Hub.InvokeAsync<DeclarationView>("PublishDraft"), DeclarationErrors.PollPending);
        await VotingKit.RefusedAsync(() => VotingKit.CreatePollAsync(_secretariat.Hub, _declarationId), DeclarationErrors.PollPending);

        var voters = await Kit.SeatHoldersAsync(["USA", "KAZ", "MEX"]);
        await VotingKit.CastAsync(voters[0], poll.PollId, VoteChoice.Yes);
        await VotingKit.CastAsync(voters[1], poll.PollId, VoteChoice.Yes);
        await VotingKit.CastAsync(voters[2], poll.PollId, VoteChoice.No);
        await _secretariat.Hub.InvokeAsync<PollView>("ClosePoll", poll.PollId);
        await _secretariat.Hub.InvokeAsync<PollView>("PublishPoll", poll.PollId);

        var final = await voters[0].Hub.InvokeAsync<FinalDeclarationView>("GetFinalDeclaration");
        Assert.Equal((AdoptionMethod.Vote, 1), (final.Method, final.VersionNumber));
        Assert.Equal(["KAZ", "USA"], final.JoinedDelegations.Select(d => d.Code).Order());
        Assert.DoesNotContain(final.Paragraphs, p => p.Text == "Late addition;");
    }

    private sealed class FinalComparer : IEqualityComparer<FinalDeclarationView>
    {
        public static readonly FinalComparer Instance = new();

        public bool Equals(FinalDeclarationView? x, FinalDeclarationView? y) =>
            x is not null && y is not null && x.DeclarationId == y.DeclarationId && x.VersionNumber == y.VersionNumber
            && x.JoinedDelegations.SequenceEqual(y.JoinedDelegations) && x.Statements.SequenceEqual(y.Statements)
            && x.Paragraphs.SequenceEqual(y.Paragraphs);

        public int GetHashCode(FinalDeclarationView obj) => obj.DeclarationId.GetHashCode();
    }
}
