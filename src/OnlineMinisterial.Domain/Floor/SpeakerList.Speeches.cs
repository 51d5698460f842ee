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
