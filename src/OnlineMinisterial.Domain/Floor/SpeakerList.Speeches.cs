using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Floor;

public sealed partial class SpeakerList
{
    /// <summary>Gives the floor to the head of <see cref="Waiting"/>; <paramref name="personId"/> overrides the requester as speaker.</summary>
    public Speech GiveFloorToNext(DateTimeOffset now, string? personId = null)
    {
        var waiting = OrderedWaiting();
        Guard.That(waiting.Count > 0, FloorErrors.NobodyWaiting, "Nobody is waiting for the floor.");
        return Start(waiting[0], now, personId);
    }

    /// <summary>Gives the floor to a chosen waiting request, out of order.</summary>
    public Speech GiveFloorTo(Guid requestId, DateTimeOffset now, string? personId = null) =>
        Start(FindWaiting(requestId), now, personId);

    /// <summary>
    /// Gives the floor straight to a speaker chosen outside the list, as a panel's moderator does with a panelist: the
    /// speaker goes on the list as a statement and speaks, in one change (one version). A list never used before takes
    /// <paramref name="limitsOfANewList"/> first. If the same delegation holds the floor (another of its panelists),
    /// that turn ends at the same instant; a statement it already has waiting is the one that speaks.
    /// </summary>
    public Speech GiveFloorToNewSpeaker(Guid requestId, Guid delegationId, string personId, DateTimeOffset now,
        FloorLimits? limitsOfANewList = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(personId);
        if (Version == 0 && limitsOfANewList is not null) Limits = limitsOfANewList;
        if (Current is { } running && running.DelegationId == delegationId) Finish(running, now);
        var request = OpenRequestOf(delegationId, RequestKind.Statement);
        if (request is null)
        {
            request = NewRequest(requestId, delegationId, RequestKind.Statement, now, personId, onBehalfOfGroup: false);
            _requests.Add(request);
        }
        return Start(request, now, personId);
    }

    public Speech EndSpeech(DateTimeOffset now)
    {
        var current = RequireCurrent();
        Finish(current, now);
        Version++;
        return current;
    }

    /// <summary>Freezes the countdown, for example while the chair restores order or fixes the sound.</summary>
    public void Pause(DateTimeOffset now)
    {
        RequireCurrent().Pause(now);
        Version++;
    }

    public void Resume(DateTimeOffset now)
    {
        RequireCurrent().Resume(now);
        Version++;
    }

    /// <summary>Adds <paramref name="by"/> to the running speech's allowed time, paused or not.</summary>
    public void Extend(TimeSpan by)
    {
        Guard.That(by > TimeSpan.Zero, FloorErrors.InvalidExtension, "An extension must be longer than zero.");
        RequireCurrent().Extend(by);
        Version++;
    }

    private Speech Start(FloorRequest request, DateTimeOffset now, string? personId)
    {
        // The chair moves on in one step; ending the running speech at the same instant leaves no gap or overlap in the history.
        if (Current is { } running) Finish(running, now);

        request.StartSpeaking();
        var speech = Speech.Begin(Guid.NewGuid(), request, personId ?? request.PersonId, now,
            Limits.LimitFor(request.Kind, request.OnBehalfOfGroup));
        _speeches.Add(speech);
        Version++;
        return speech;
    }

    private void Finish(Speech speech, DateTimeOffset now)
    {
        speech.End(now);
        Find(speech.RequestId).Finish();
    }

    private Speech RequireCurrent() =>
        Current ?? throw new DomainException(FloorErrors.NoCurrentSpeech, "Nobody has the floor.");
}
