namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>Events the conference hub sends; names are past tense and part of the wire contract.</summary>
public interface IConferenceClient
{
    Task PresenceChanged(PresenceChanged change);

    Task SeatChanged(Conference.SeatChanged change);
}
