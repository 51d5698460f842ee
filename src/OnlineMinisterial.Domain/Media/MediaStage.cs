namespace OnlineMinisterial.Domain.Media;

/// <summary>
/// Who may publish audio and video in a session's room, decided from the session's state alone: the chair (a panel's
/// moderator) always; the person who holds the floor, from the moment it is given until the speech ends (muted while
/// it is paused); the panelists on a panel's stage. Everyone else only receives. A closed (or not yet open) session
/// has no room at all.
/// </summary>
public sealed record MediaStage(bool RoomOpen, IReadOnlyList<Publisher> Publishers)
{
    public static readonly MediaStage Closed = new(false, []);

    public static MediaStage Of(bool roomOpen, string chairId, CurrentSpeaker? speaker, IReadOnlyList<string> panelists)
    {
        if (!roomOpen) return Closed;
        var publishers = new List<Publisher> { new(chairId, PublisherRole.Chair, FeedKey.Chair, Muted: false) };
        if (speaker is { PersonId: { } speakerId } && speakerId != chairId)
            publishers.Add(new Publisher(speakerId, PublisherRole.Speaker, FeedKey.Speaker(speaker.SpeakerId), speaker.Paused));
        foreach (var panelist in panelists)
            if (publishers.TrueForAll(p => p.PersonId != panelist))
                publishers.Add(new Publisher(panelist, PublisherRole.Panelist, FeedKey.Person(panelist), Muted: false));
        return new MediaStage(true, publishers);
    }

    public Publisher? For(string personId) => Publishers.FirstOrDefault(p => p.PersonId == personId);
}

/// <summary>The speech running now: the delegation (or a panel's guest) that holds the floor, who speaks, paused or not.</summary>
public sealed record CurrentSpeaker(Guid SpeakerId, string? PersonId, bool Paused);

public enum PublisherRole { Chair, Speaker, Panelist }

/// <summary>One person allowed to publish, under the feed every screen looks for (the chair's, the floor's, a panelist's).</summary>
public sealed record Publisher(string PersonId, PublisherRole Role, string Feed, bool Muted);

/// <summary>
/// The name of a feed in a room. The floor's feed is named after the delegation that holds it, so screens find the
/// speaker's video without knowing who of the delegation speaks, and a second device of the same delegation cannot
/// publish beside the first (the media server refuses a duplicate feed).
/// </summary>
public static class FeedKey
{
    public const string Chair = "chair";

    public static string Speaker(Guid speakerId) => $"speaker:{speakerId:N}";

    public static string Person(string personId) => $"person:{personId}";
}
