using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Floor;

/// <summary>
/// When the list of speakers takes requests and when the floor may be given. As at the United Nations, the chair may
/// open the list for inscription before the meeting: delegations then put their names down while the session is
/// still scheduled, but nobody speaks before it opens.
/// </summary>
public sealed partial class SpeakerList
{
    /// <summary>Whether delegations may inscribe before the session opens; it means nothing once the session is live.</summary>
    public bool InscriptionOpen { get; private set; }

    public void OpenInscription()
    {
        if (InscriptionOpen) return;
        InscriptionOpen = true;
        Version++;
    }

    public void CloseInscription()
    {
        if (!InscriptionOpen) return;
        InscriptionOpen = false;
        Version++;
    }

    /// <summary>A delegation asks (or withdraws) while the session is live, or before it opens once inscription is open.</summary>
    public void EnsureTakesRequests(SessionState sessionState)
    {
        if (sessionState == SessionState.Live) return;
        Guard.That(sessionState != SessionState.Closed, Conference.ConferenceErrors.SessionClosed,
            "This session is closed and part of the record; its list of speakers cannot change.");
        Guard.That(sessionState == SessionState.Scheduled && InscriptionOpen, ErrorCodes.SessionNotLive,
            sessionState == SessionState.Scheduled
                ? "The list of speakers is not open for inscription yet; the chair opens it before the session, or it opens with the session."
                : $"The session is {sessionState}; the floor opens while it is live.");
    }

    /// <summary>Nobody is given the floor before the session opens, whatever the list holds.</summary>
    public static void EnsureFloorCanBeGiven(SessionState sessionState) =>
        Guard.That(sessionState != SessionState.Scheduled, FloorErrors.SessionNotOpen,
            "The session has not opened yet; the floor can be given once it is open.");
}
