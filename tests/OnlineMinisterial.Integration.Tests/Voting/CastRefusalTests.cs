using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

/// <summary>Only a voting delegation's current seat holder casts, only for that delegation, only while the poll is open.</summary>
public sealed class CastRefusalTests : VotingHostTest
{
    private Attendee _secretariat = null!;
    private PollView _poll = null!;

    private async Task OpenPollAsync()
    {
        _secretariat = await Kit.SecretariatAsync();
        _poll = await Kit.OpenPollAsync(_secretariat.Hub, await VotingKit.PublishedDeclarationAsync(_secretariat.Hub));
    }

    private async Task<PollView> PollAsync() =>
        (await _secretariat.Hub.InvokeAsync<PollSnapshot>("GetPoll", _poll.PollId)).Poll;

    /// <summary>Asserts the cast is refused with the code and that the poll did not change at all.</summary>
    private async Task RefusedAndUnchangedAsync(Attendee who, string code, VoteChoice choice = VoteChoice.Yes, string? key = null)
    {
        var before = await PollAsync();
        await VotingKit.RefusedAsync(() => VotingKit.CastAsync(who, _poll.PollId, choice, key), code);
        var after = await PollAsync();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Turnout, after.Turnout);
        Assert.Equal(before.RunningTally, after.RunningTally);
    }

    [Fact]
    public async Task AlternateWhoDoesNotHoldTheSeat_IsRefused_NotSeatHolder()
    {
        await OpenPollAsync();
        await RefusedAndUnchangedAsync(await Kit.JoinAsync(DemoLogins.Alternate("KAZ"), "KAZ"), ErrorCodes.NotSeatHolder);
    }

    [Fact]
    public async Task HeadWhoHandedTheSeatOn_IsRefused_AndTheAlternateNowVotesForTheDelegation()
    {
        await OpenPollAsync();
        var alternateId = await Host.WithDbAsync(db => db.Users.Where(u => u.Email == DemoLogins.Alternate("MEX")).Select(u => u.Id).SingleAsync());
        var head = await Kit.JoinAsync(DemoLogins.Head("MEX"), "MEX");
        var conference = await head.Person.ConnectAsync();
        await conference.InvokeAsync<SeatChanged>("HandSeat", alternateId);

        // The head's cookie still names the delegation: the seat is read from the database.
        await RefusedAndUnchangedAsync(head, ErrorCodes.NotSeatHolder);
        var receipt = await VotingKit.CastAsync(await Kit.JoinAsync(DemoLogins.Alternate("MEX"), "MEX"), _poll.PollId, VoteChoice.No);
        Assert.Equal(await Kit.DelegationIdAsync("MEX"), receipt.DelegationId);
    }

    [Fact]
    public async Task SeatHolder_CannotCastForAnotherDelegation_EvenWithThatDelegationsIdempotencyKey()
    {
        await OpenPollAsync();
        var kaz = (await Kit.SeatHoldersAsync(["KAZ"]))[0];
        var usa = (await Kit.SeatHoldersAsync(["USA"]))[0];
        var kazReceipt = await VotingKit.CastAsync(kaz, _poll.PollId, VoteChoice.Yes, "shared-key");

        // The hub takes no delegation from the caller; a key seen from another delegation gets that one nothing.
        var usaReceipt = await VotingKit.CastAsync(usa, _poll.PollId, VoteChoice.No, "shared-key");

        Assert.NotEqual(kazReceipt.ReceiptId, usaReceipt.ReceiptId);
        Assert.Equal(await Kit.DelegationIdAsync("USA"), usaReceipt.DelegationId);
        await _secretariat.Hub.InvokeAsync<PollView>("ClosePoll", _poll.PollId);
        var result = (await _secretariat.Hub.InvokeAsync<PollView>("PublishPoll", _poll.PollId)).Result!;
        Assert.Contains(new RecordedVoteView(await Kit.DelegationIdAsync("KAZ"), VoteChoice.Yes), result.RecordedVotes);
        Assert.Contains(new RecordedVoteView(await Kit.DelegationIdAsync("USA"), VoteChoice.No), result.RecordedVotes);
    }

    [Fact]
    public async Task ObserverSecretariatAndChair_AreRefused_Forbidden()
    {
        await OpenPollAsync();
        await RefusedAndUnchangedAsync(await Kit.JoinAsync(DemoLogins.Observer), ErrorCodes.Forbidden);
        await RefusedAndUnchangedAsync(_secretariat, ErrorCodes.Forbidden);
        await RefusedAndUnchangedAsync(await Kit.JoinAsync(DemoLogins.Chair), ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task OrganisationsSeatHolder_IsRefused_NotEligible()
    {
        await OpenPollAsync();
        await RefusedAndUnchangedAsync((await Kit.SeatHoldersAsync(["EU"]))[0], VotingErrors.NotEligible);
    }

    [Fact]
    public async Task CastAfterClose_IsRefused_NotOpen_ButARetryOfAnEarlierCastStillGetsItsReceipt()
    {
        await OpenPollAsync();
        var kaz = (await Kit.SeatHoldersAsync(["KAZ"]))[0];
        var first = await VotingKit.CastAsync(kaz, _poll.PollId, VoteChoice.Yes, "before-close");
        await _secretariat.Hub.InvokeAsync<PollView>("ClosePoll", _poll.PollId);

        await RefusedAndUnchangedAsync(kaz, VotingErrors.NotOpen, VoteChoice.No);
        Assert.Equal(first, await VotingKit.CastAsync(kaz, _poll.PollId, VoteChoice.Yes, "before-close"));
    }

    [Fact]
    public async Task UnknownPollOrMissingKey_AreRefused_WithTheirCodes()
    {
        await OpenPollAsync();
        var kaz = (await Kit.SeatHoldersAsync(["KAZ"]))[0];
        await VotingKit.RefusedAsync(() => VotingKit.CastAsync(kaz, Guid.NewGuid(), VoteChoice.Yes), VotingErrors.PollNotFound);
        await RefusedAndUnchangedAsync(kaz, ErrorCodes.InvalidArgument, key: " ");
        await RefusedAndUnchangedAsync(kaz, ErrorCodes.InvalidArgument, key: new string('k', 101));
    }

    [Fact]
    public async Task Delegate_CannotCreateOpenClosePublishOrCancelPolls()
    {
        await OpenPollAsync();
        var kaz = (await Kit.SeatHoldersAsync(["KAZ"]))[0];
        foreach (var method in new[] { "OpenPoll", "ClosePoll", "PublishPoll", "CancelPoll" })
            await VotingKit.RefusedAsync(() => kaz.Hub.InvokeAsync<PollView>(method, _poll.PollId), ErrorCodes.Forbidden);
        await VotingKit.RefusedAsync(() => VotingKit.CreatePollAsync(kaz.Hub, _poll.SubjectId), ErrorCodes.Forbidden);
        Assert.Equal(PollState.Open, (await PollAsync()).State);
    }
}
