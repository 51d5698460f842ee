using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Presence;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

/// <summary>Quorum is counted from live presence: voting delegations with at least one open connection.</summary>
public sealed class QuorumTests : VotingHostTest
{
    [Fact]
    public async Task Open_WithTooFewVotingDelegationsPresent_IsRefused_NoQuorum_AndThePollStaysADraft()
    {
        var secretariat = await Kit.SecretariatAsync();
        var poll = await VotingKit.CreatePollAsync(secretariat.Hub, await VotingKit.PublishedDeclarationAsync(secretariat.Hub));
        // 26 of 52 voting delegations, plus every organisation: organisations speak but do not count.
        await Kit.SeatHoldersAsync(VotingKit.MemberStates.Take(26).Concat(VotingKit.Organisations));

        var message = await VotingKit.RefusedAsync(() => secretariat.Hub.InvokeAsync<PollView>("OpenPoll", poll.PollId), VotingErrors.NoQuorum);

        Assert.Contains("26 of 52", message, StringComparison.Ordinal);
        var after = (await secretariat.Hub.InvokeAsync<PollSnapshot>("GetPoll", poll.PollId)).Poll;
        Assert.Equal((PollState.Draft, poll.Version), (after.State, after.Version));

        // One more voting delegation arrives: a majority of 52 is 27.
        await Kit.SeatHoldersAsync(VotingKit.MemberStates.Skip(26).Take(1));
        var opened = await secretariat.Hub.InvokeAsync<PollView>("OpenPoll", poll.PollId);
        Assert.Equal(PollState.Open, opened.State);
        Assert.Equal(27, opened.Quorum.Required);
        Assert.Equal(52, opened.Turnout.Eligible);
    }

    [Fact]
    public async Task Close_WhenDelegationsHaveLeft_ResultSaysNoQuorum_YetEveryoneWhoVotedCountsAsPresent()
    {
        var secretariat = await Kit.SecretariatAsync();
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        var poll = await VotingKit.CreatePollAsync(secretariat.Hub, await VotingKit.PublishedDeclarationAsync(secretariat.Hub));
        var lobby = await observer.Person.ConnectAsync();
        var presence = new EventRecorder<PresenceChanged>(lobby, nameof(IConferenceClient.PresenceChanged));
        var present = await Kit.SeatHoldersAsync(VotingKit.MemberStates.Take(30));
        await secretariat.Hub.InvokeAsync<PollView>("OpenPoll", poll.PollId);
        foreach (var voter in present.Take(3)) await VotingKit.CastAsync(voter, poll.PollId, VoteChoice.Yes);
        foreach (var gone in present.Skip(1)) await gone.Hub.StopAsync();
        await presence.WaitForAsync(_ => presence.Received.Count(e => !e.DelegationPresent) == 29);

        await secretariat.Hub.InvokeAsync<PollView>("ClosePoll", poll.PollId);
        var result = (await secretariat.Hub.InvokeAsync<PollView>("PublishPoll", poll.PollId)).Result!;

        Assert.False(result.QuorumMet);
        Assert.False(result.Adopted);
        Assert.Equal(3, result.Present);
    }
}
