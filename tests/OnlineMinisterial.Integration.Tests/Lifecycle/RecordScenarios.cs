using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Floor;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Integration.Tests.Voting;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Features.Record;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Lifecycle;

/// <summary>The record holds what the clients were shown during the session: the speech, the vote and the decision.</summary>
internal static class RecordScenarios
{
    private static DateTimeOffset Ms(DateTimeOffset t) => new(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    public static async Task RecordMatchesWhatClientsSawAsync(FloorWorld world)
    {
        var id = world.LiveSessionId;
        var chair = await world.ChairAsync();
        var kazFloor = await world.DelegateAsync("KAZ");
        await using var kit = new VotingKit(world.Host);
        var secretariat = await kit.SecretariatAsync();
        var observer = await kit.JoinAsync(DemoLogins.Observer);
        var published = new EventRecorder<PollView>(observer.Hub, nameof(IVotingClient.PollPublished));
        var amendmentsSeen = new EventRecorder<AmendmentView>(observer.Hub, nameof(IVotingClient.AmendmentChanged));
        var voters = await kit.SeatHoldersAsync(["KAZ", "MEX"]);
        var chairVoting = await kit.JoinAsync(DemoLogins.Chair);

        // A speech, an amendment rejected by the chair, and a recorded vote, all while the session is open.
        await kazFloor.RequestAsync(id);
        var floor = await chair.FloorAsync(id);
        floor = await chair.ModerateAsync("GiveFloorToNext", id, floor.Version);
        await chair.ModerateAsync("EndSpeech", id, floor.Version);
        var declarationId = await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        var declaration = await secretariat.Hub.InvokeAsync<DeclarationView>("OpenAmendments");
        var op1 = declaration.Current!.Paragraphs.Single(p => p.Label == "OP1");
        var amendment = await voters[0].Hub.InvokeAsync<AmendmentView>("ProposeAmendment",
            new ProposeAmendmentRequest(op1.ParagraphId, AmendmentKind.Replace, "Decide to share early warnings within 48 hours;", "Clearer commitment."));
        await chairVoting.Hub.InvokeAsync<AmendmentView>("RejectAmendment", amendment.AmendmentId);
        var poll = await VotingKit.CreatePollAsync(secretariat.Hub, declarationId, quorum: new QuorumSpec(QuorumKind.Count, 1));
        await secretariat.Hub.InvokeAsync<PollView>("OpenPoll", poll.PollId);
        await VotingKit.CastAsync(voters[0], poll.PollId, VoteChoice.Yes);
        await VotingKit.CastAsync(voters[1], poll.PollId, VoteChoice.No);
        await secretariat.Hub.InvokeAsync<PollView>("ClosePoll", poll.PollId);
        await secretariat.Hub.InvokeAsync<PollView>("PublishPoll", poll.PollId);

        var seenPoll = await published.WaitForAsync(p => p.PollId == poll.PollId);
        var seenRejection = await amendmentsSeen.WaitForAsync(a => a.AmendmentId == amendment.AmendmentId && a.State == AmendmentState.Rejected);
        var seenSpeech = Assert.Single((await kazFloor.FloorAsync(id)).Speeches);
        var state = await LifecycleScenarios.StateAsync(chair, id);
        await LifecycleScenarios.CloseAsync(chair, id, endSpeech: false, state.Version);
        var record = RecordJson.Read(await kazFloor.Participant.Http.GetStringAsync($"/api/sessions/{id}/record"));

        var speech = Assert.Single(record.Speeches);
        Assert.Equal((seenSpeech.Delegation.Code, seenSpeech.PersonName, Ms(seenSpeech.StartedAt), Ms(seenSpeech.EndedAt!.Value)),
            (speech.Delegation!.Code, speech.Speaker, speech.StartedAt, speech.EndedAt));

        var result = seenPoll.Result!;
        var recorded = Assert.Single(record.Polls);
        Assert.Equal((seenPoll.PollId, seenPoll.Question, "Recorded", "SimpleMajority", Ms(seenPoll.OpenedAt!.Value), Ms(seenPoll.ClosedAt!.Value)),
            (recorded.Id, recorded.Question, recorded.Mode, recorded.Rule, recorded.OpenedAt!.Value, recorded.ClosedAt!.Value));
        // No sentence in the record: the parts it is worded from in each reader's language.
        Assert.Null(recorded.Question);
        Assert.Equal(seenPoll.Wording, recorded.Wording);
        Assert.Equal("Принять «Declaration of the 7th Online Ministerial» в опубликованной редакции 1?",
            PollQuestionText.Of(recorded.Question, recorded.Wording, RecordTexts.For("ru")));
        Assert.Equal((result.Yes, result.No, result.Abstain, result.Voted, result.Present, result.Eligible, result.Adopted, result.QuorumMet, result.Reason),
            (recorded.Yes!.Value, recorded.No!.Value, recorded.Abstain!.Value, recorded.Voted!.Value, recorded.Present!.Value, recorded.Eligible!.Value,
                recorded.Adopted!.Value, recorded.QuorumMet!.Value, recorded.Result));
        var codes = await kit.CodesByIdAsync();
        Assert.Equal(result.RecordedVotes.Select(v => (codes[v.DelegationId], v.Choice.ToString())).Order(),
            recorded.Votes.Select(v => (v.Delegation.Code, v.Choice)).Order());
        Assert.Equal([("KAZ", "Yes"), ("MEX", "No")], recorded.Votes.Select(v => (v.Delegation.Code, v.Choice)).Order());

        var decision = Assert.Single(record.Decisions);
        Assert.Equal((Ms(seenRejection.ClosedAt!.Value), "Rejected", "Amendment to OP1 (Replace)"), (decision.At, decision.Outcome, decision.Subject));
    }
}
