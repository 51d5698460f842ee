using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

public sealed class PollLifecycleTests : VotingHostTest
{
    [Fact]
    public async Task ClosePollAtDeadline_RefusedBeforeTheDeadline_ClosesOnceAfterIt_AndIsHarmlessWhenRunAgain()
    {
        var secretariat = await Kit.SecretariatAsync();
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        var changes = new EventRecorder<PollView>(observer.Hub, nameof(IVotingClient.PollChanged));
        await Kit.SeatHoldersAsync(VotingKit.MemberStates.Take(27));
        var poll = await VotingKit.CreatePollAsync(secretariat.Hub, await VotingKit.PublishedDeclarationAsync(secretariat.Hub),
            deadline: Clock.GetUtcNow().AddMinutes(10));
        var opened = await secretariat.Hub.InvokeAsync<PollView>("OpenPoll", poll.PollId);
        Assert.Equal(poll.Deadline, opened.Deadline);

        var early = await Assert.ThrowsAsync<DomainException>(() => CloseAtDeadlineAsync(poll.PollId));
        Assert.Equal(VotingErrors.DeadlineNotReached, early.Code);
        Clock.Advance(TimeSpan.FromMinutes(10));
        var voter = (await Kit.SeatHoldersAsync(["USA"]))[0];
        await VotingKit.RefusedAsync(() => VotingKit.CastAsync(voter, poll.PollId, VoteChoice.Yes), VotingErrors.DeadlinePassed);

        Assert.True(await CloseAtDeadlineAsync(poll.PollId));
        Assert.False(await CloseAtDeadlineAsync(poll.PollId));
        var closed = await changes.WaitForAsync(e => e.State == PollState.Closed);
        Assert.Equal(opened.Version + 1, closed.Version);
        Assert.Single(changes.Received, e => e.State == PollState.Closed);
    }

    [Fact]
    public async Task RunningTally_IsTheSecretariatsAlone_AndResultsAreExportedOnlyOncePublished()
    {
        var secretariat = await Kit.SecretariatAsync();
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        var voters = await Kit.SeatHoldersAsync(["USA", "KAZ", "MEX"]);
        var secretariatCasts = new EventRecorder<VoteCast>(secretariat.Hub, nameof(IVotingClient.VoteCast));
        var poll = await Kit.OpenPollAsync(secretariat.Hub, await VotingKit.PublishedDeclarationAsync(secretariat.Hub));
        await VotingKit.CastAsync(voters[0], poll.PollId, VoteChoice.Yes);
        await VotingKit.CastAsync(voters[1], poll.PollId, VoteChoice.No);

        Assert.Null((await observer.Hub.InvokeAsync<PollSnapshot>("GetPoll", poll.PollId)).Poll.RunningTally);
        Assert.Null((await voters[0].Person.GetAsync<PollSnapshot>($"/api/polls/{poll.PollId}"))!.Poll.RunningTally);
        var seen = (await secretariat.Hub.InvokeAsync<PollSnapshot>("GetPoll", poll.PollId)).Poll;
        Assert.Equal(new TallyView(1, 1, 0, 2), seen.RunningTally);
        Assert.Equal(new TurnoutView(2, 52), seen.Turnout);
        Assert.DoesNotContain(await Kit.DelegationIdAsync("USA"), seen.NotYetVoted);
        Assert.Contains(await Kit.DelegationIdAsync("MEX"), seen.NotYetVoted);
        Assert.Equal(new TallyView(1, 1, 0, 2), (await secretariatCasts.WaitForAsync(e => e.Turnout.Voted == 2)).RunningTally);

        using (var early = await observer.Person.Http.GetAsync($"/api/polls/{poll.PollId}/results.json"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
            Assert.Equal(VotingErrors.NotPublished, (await JsonSerializer.DeserializeAsync<JsonElement>(await early.Content.ReadAsStreamAsync())).GetProperty("code").GetString());
        }
        await secretariat.Hub.InvokeAsync<PollView>("ClosePoll", poll.PollId);
        Assert.Null((await observer.Hub.InvokeAsync<PollSnapshot>("GetPoll", poll.PollId)).Poll.Result);
        Assert.NotNull((await secretariat.Hub.InvokeAsync<PollSnapshot>("GetPoll", poll.PollId)).Poll.Result);
        await secretariat.Hub.InvokeAsync<PollView>("PublishPoll", poll.PollId);

        var results = await observer.Person.GetAsync<PollResultsDocument>($"/api/polls/{poll.PollId}/results.json");
        Assert.Equal((1, 1, 0, false), (results!.Yes, results.No, results.Abstain, results.Adopted));
        Assert.Equal(52, results.Votes.Count);
        Assert.Equal(VoteChoice.No, results.Votes.Single(v => v.Code == "KAZ").Choice);
        Assert.Null(results.Votes.Single(v => v.Code == "MEX").Choice);
        var csv = await observer.Person.Http.GetStringAsync($"/api/polls/{poll.PollId}/results.csv");
        Assert.StartsWith("row,delegation_code,delegation_name,value\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("vote,KAZ,Kazakhstan,No\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("vote,MEX,Mexico,Did not vote\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("result,,Adopted,no\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RollCall_StartsFromADelegationDrawnByLot_ThenGoesAlphabetically()
    {
        var secretariat = await Kit.SecretariatAsync();
        await Kit.SeatHoldersAsync(VotingKit.MemberStates.Take(27));
        var declarationId = await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        await VotingKit.RefusedAsync(() => VotingKit.CreatePollAsync(secretariat.Hub, declarationId, PollMode.Secret, rollCall: true),
            VotingErrors.RollCallRequiresRecorded);
        var poll = await VotingKit.CreatePollAsync(secretariat.Hub, declarationId, rollCall: true);

        var opened = await secretariat.Hub.InvokeAsync<PollView>("OpenPoll", poll.PollId);

        Assert.True(opened.RollCall);
        Assert.Equal(52, opened.RollCallOrder.Count);
        Assert.Equal(opened.RollCallOrder[0], opened.NextInRollCall);
        var names = await Host.WithDbAsync(db => Task.FromResult(db.Delegations.ToDictionary(d => d.Id, d => d.Name)));
        var alphabetical = opened.RollCallOrder.Select(id => names[id]).Order(StringComparer.InvariantCultureIgnoreCase).ToList();
        var start = alphabetical.IndexOf(names[opened.RollCallOrder[0]]);
        Assert.Equal(alphabetical.Skip(start).Concat(alphabetical.Take(start)), opened.RollCallOrder.Select(id => names[id]));
    }

    private async Task<bool> CloseAtDeadlineAsync(Guid pollId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PollLifecycle>().ClosePollAtDeadlineAsync(pollId);
    }
}
