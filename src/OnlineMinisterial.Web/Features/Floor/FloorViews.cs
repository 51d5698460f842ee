using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>Turns a speaker list into what clients see. Pure: the caller loads the names and gives the time.</summary>
internal static class FloorViews
{
    /// <summary>How many upcoming requests a snapshot lists as "next".</summary>
    public const int NextCount = 3;

    /// <summary>How many finished speeches a snapshot carries, newest first; the full record is a REST read.</summary>
    public const int RecentSpeeches = 10;

    public static FloorSnapshot Snapshot(SpeakerList list, FloorNames names, DateTimeOffset now, bool withTotals)
    {
        var waiting = list.Waiting
            .Select((r, i) => new WaitingRequest(r.Id, names.Delegation(r.DelegationId), r.Kind, r.OnBehalfOfGroup, r.RequestedAt, i + 1, LanguageOf(r)))
            .ToList();
        var requests = RequestsById(list);
        var recent = list.Speeches.Where(s => !s.IsRunning).Reverse().Take(RecentSpeeches).Select(s => Record(s, names, requests)).ToList();
        return new FloorSnapshot(list.SessionId, list.Version, now, list.IsClosed, Limits(list.Limits), Current(list, names, requests),
            waiting, waiting.Take(NextCount).ToList(), recent, withTotals ? Totals(list, names) : null, list.InscriptionOpen);
    }

    public static FloorSnapshot WithTotals(FloorSnapshot snapshot, SpeakerList list, FloorNames names) =>
        snapshot with { Totals = Totals(list, names) };

    public static IReadOnlyList<SpeechRecord> Record(SpeakerList list, FloorNames names)
    {
        var requests = RequestsById(list);
        return list.Speeches.Select(s => Record(s, names, requests)).ToList();
    }

    public static FloorLimitsView Limits(FloorLimits limits) =>
        new(Seconds(limits.Statement), Seconds(limits.GroupStatement), Seconds(limits.RightOfReply), Seconds(limits.PointOfOrder));

    private static CurrentSpeech? Current(SpeakerList list, FloorNames names, Dictionary<Guid, FloorRequest> requests) =>
        list.Current is not { } s
            ? null
            : new CurrentSpeech(s.Id, s.RequestId, names.Delegation(s.DelegationId), names.Person(s.PersonId), s.Kind,
                requests.GetValueOrDefault(s.RequestId)?.OnBehalfOfGroup ?? false, s.StartedAt, s.EndsAt, s.PausedAt,
                s.RemainingAtPause?.TotalSeconds, s.AllowedTime?.TotalSeconds, LanguageOf(requests.GetValueOrDefault(s.RequestId)));

    private static SpeechRecord Record(Speech s, FloorNames names, Dictionary<Guid, FloorRequest> requests) =>
        new(s.Id, s.RequestId, names.Delegation(s.DelegationId), names.Person(s.PersonId), s.Kind,
            requests.GetValueOrDefault(s.RequestId)?.OnBehalfOfGroup ?? false, s.StartedAt, s.EndedAt, s.SpokenDuration?.TotalSeconds,
            LanguageOf(requests.GetValueOrDefault(s.RequestId)));

    private static List<DelegationSpeakingTotal> Totals(SpeakerList list, FloorNames names) =>
        list.SpeakingTotals()
            .Select(t => new DelegationSpeakingTotal(names.Delegation(t.Key), t.Value.Spoken.TotalSeconds, t.Value.Count))
            .OrderByDescending(t => t.SpokenSeconds).ThenBy(t => t.Delegation.Name, StringComparer.Ordinal)
            .ToList();

    // A speech's "on behalf of a group" and its language belong to the request it answered (a panelist's speech has none).
    private static Dictionary<Guid, FloorRequest> RequestsById(SpeakerList list) => list.Requests.ToDictionary(r => r.Id);

    private static SpeechLanguageView? LanguageOf(FloorRequest? r) => r?.Language is { } spoken ? new(spoken, r.InterpretedInto) : null;

    private static int? Seconds(TimeSpan? limit) => limit is { } l ? (int)Math.Round(l.TotalSeconds) : null;
}
