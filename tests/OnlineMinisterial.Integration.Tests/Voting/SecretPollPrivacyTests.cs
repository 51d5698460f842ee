using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

/// <summary>A secret poll publishes totals; no response, event, export or audit entry ties a delegation to a choice.</summary>
public sealed class SecretPollPrivacyTests : VotingHostTest
{
    private static readonly string[] Voters = ["USA", "KAZ", "MEX", "CAN", "GBR", "DEU", "FRA"];

    [Fact]
    public async Task SecretPoll_NoResponseEventOrExport_LinksADelegationToAChoice()
    {
        var secretariat = await Kit.SecretariatAsync();
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        var voters = await Kit.SeatHoldersAsync(Voters);
        var seen = new List<object?>();
        var recorders = new[] { secretariat, observer, voters[0] }.Select(Record).ToList();
        var poll = await Kit.OpenPollAsync(secretariat.Hub, await VotingKit.PublishedDeclarationAsync(secretariat.Hub), PollMode.Secret);

        foreach (var (voter, i) in voters.Select((v, i) => (v, i)))
            seen.Add(await VotingKit.CastAsync(voter, poll.PollId, i < 5 ? VoteChoice.Yes : VoteChoice.No));
        seen.Add(await VotingKit.CastAsync(voters[0], poll.PollId, VoteChoice.Abstain)); // a change of vote
        var ballotsWhileOpen = await BallotIdsAsync(poll.PollId);
        seen.AddRange(await SnapshotsAsync(poll.PollId, secretariat, observer, voters[1]));
        Assert.All(seen.OfType<PollSnapshot>(), s => Assert.Null(s.Poll.RunningTally));

        await secretariat.Hub.InvokeAsync<PollView>("ClosePoll", poll.PollId);
        seen.AddRange(await SnapshotsAsync(poll.PollId, secretariat, observer, voters[1]));
        var published = await secretariat.Hub.InvokeAsync<PollView>("PublishPoll", poll.PollId);
        seen.Add(published);
        seen.AddRange(await SnapshotsAsync(poll.PollId, secretariat, observer, voters[1]));
        seen.Add(await observer.Person.GetAsync<JsonElement>("/api/polls"));
        seen.Add(await observer.Person.GetAsync<JsonElement>($"/api/polls/{poll.PollId}"));
        seen.Add(await secretariat.Person.GetAsync<JsonElement>($"/api/polls/{poll.PollId}/results.json"));
        var csv = await observer.Person.Http.GetStringAsync($"/api/polls/{poll.PollId}/results.csv");
        foreach (var recorder in recorders) seen.AddRange(recorder.All);

        Assert.Equal((4, 2, 1), (published.Result!.Yes, published.Result.No, published.Result.Abstain));
        Assert.Empty(published.Result.RecordedVotes);
        Assert.All(seen.OfType<VoteReceipt>(), r => Assert.Null(r.Choice));
        var codes = await Kit.CodesByIdAsync();
        var json = JsonSerializer.SerializeToElement(seen, Json.Options);
        Assert.False(LinksDelegationToChoice(json, codes), "A response or event ties a delegation to a choice.");
        Assert.DoesNotContain(csv.Split("\r\n"), line => line.StartsWith("vote,", StringComparison.Ordinal));
        Assert.All(Voters, code => Assert.DoesNotContain(code + ",", csv, StringComparison.Ordinal));

        // In storage: the audit logs who cast, never what; no ballot written while the poll was open survives it.
        var (audit, links, ballotsNow, casts) = await Host.WithDbAsync(async db => (
            await db.AuditEntries.Where(a => a.SubjectId == poll.PollId.ToString()).Select(a => a.Details ?? "").ToListAsync(),
            await db.Polls.Where(p => p.Id == poll.PollId).SelectMany(p => p.Participations).CountAsync(p => EF.Property<Guid?>(p, "SecretBallotId") != null),
            await BallotIdsAsync(poll.PollId),
            await db.Polls.Where(p => p.Id == poll.PollId).SelectMany(p => p.Casts).CountAsync(c => c.Choice != null)));
        Assert.All(audit, details => Assert.DoesNotContain("choice", details, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, links);
        Assert.Equal(0, casts);
        Assert.Equal(7, ballotsNow.Count);
        Assert.Empty(ballotsNow.Intersect(ballotsWhileOpen));
    }

    [Fact]
    public async Task Detector_FindsTheLinkInARecordedPoll()
    {
        // The control for the test above: the same search does find a delegation's choice where one is published.
        var secretariat = await Kit.SecretariatAsync();
        var voter = (await Kit.SeatHoldersAsync(["KAZ"]))[0];
        var poll = await Kit.OpenPollAsync(secretariat.Hub, await VotingKit.PublishedDeclarationAsync(secretariat.Hub));
        await VotingKit.CastAsync(voter, poll.PollId, VoteChoice.Yes);
        await secretariat.Hub.InvokeAsync<PollView>("ClosePoll", poll.PollId);
        await secretariat.Hub.InvokeAsync<PollView>("PublishPoll", poll.PollId);

        var results = await voter.Person.GetAsync<JsonElement>($"/api/polls/{poll.PollId}/results.json");
        Assert.True(LinksDelegationToChoice(results, await Kit.CodesByIdAsync()));
    }

    private Task<List<Guid>> BallotIdsAsync(Guid pollId) =>
        Host.WithDbAsync(db => db.Polls.Where(p => p.Id == pollId).SelectMany(p => p.SecretBallots).Select(b => b.BallotId).ToListAsync());

    private static async Task<IReadOnlyList<object>> SnapshotsAsync(Guid pollId, params Attendee[] people)
    {
        var snapshots = new List<object>();
        foreach (var who in people)
        {
            snapshots.Add(await who.Hub.InvokeAsync<PollsSnapshot>("GetPolls"));
            snapshots.Add(await who.Hub.InvokeAsync<PollSnapshot>("GetPoll", pollId));
        }
        return snapshots;
    }

    private static Events Record(Attendee who) => new(
        new EventRecorder<JsonElement>(who.Hub, nameof(IVotingClient.PollChanged)),
        new EventRecorder<JsonElement>(who.Hub, nameof(IVotingClient.VoteCast)),
        new EventRecorder<JsonElement>(who.Hub, nameof(IVotingClient.PollPublished)));

    private sealed record Events(params EventRecorder<JsonElement>[] Recorders)
    {
        public IEnumerable<object?> All => Recorders.SelectMany(r => r.Received).Cast<object?>();
    }

    // True if some JSON object names a delegation (by id or code) and also carries a choice or vote.
    private static bool LinksDelegationToChoice(JsonElement element, IReadOnlyDictionary<Guid, string> codes) => element.ValueKind switch
    {
        JsonValueKind.Object => NamesDelegation(element, codes) && CarriesChoice(element)
            || element.EnumerateObject().Any(p => LinksDelegationToChoice(p.Value, codes)),
        JsonValueKind.Array => element.EnumerateArray().Any(e => LinksDelegationToChoice(e, codes)),
        _ => false,
    };

    // A property whose value names one (a VoteCast's delegationIds names several).
    private static bool NamesDelegation(JsonElement o, IReadOnlyDictionary<Guid, string> codes) =>
        o.EnumerateObject().Any(p => Names(p.Value, codes)
            || p.Value.ValueKind == JsonValueKind.Array && p.Value.EnumerateArray().Any(e => Names(e, codes)));

    private static bool Names(JsonElement value, IReadOnlyDictionary<Guid, string> codes) => value.ValueKind == JsonValueKind.String
        && (Guid.TryParse(value.GetString(), out var id) && codes.ContainsKey(id) || codes.Values.Contains(value.GetString()));

    // A property named like a choice with a value, or any property whose value is a choice's name.
    private static bool CarriesChoice(JsonElement o) =>
        o.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.Null
            && (p.Name.Equals("choice", StringComparison.OrdinalIgnoreCase) || p.Name.Equals("vote", StringComparison.OrdinalIgnoreCase)
                || p.Value.ValueKind == JsonValueKind.String && Enum.GetNames<VoteChoice>().Contains(p.Value.GetString())));
}
