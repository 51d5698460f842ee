using System.Security.Claims;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>
/// Who gets the floor, chosen outside the list: <paramref name="SpeakerId"/> holds it (a delegation, or a panel guest's
/// invitation), <paramref name="PersonId"/> speaks.
/// </summary>
public sealed record FloorSpeaker(Guid SpeakerId, string PersonId);

public sealed partial class FloorService
{
    /// <summary>
    /// Gives the floor straight to a speaker chosen elsewhere, as a panel's moderator does with a panelist on stage:
    /// the speaker goes on the list and speaks in one step, one version, one audit entry. <paramref name="choose"/>
    /// runs inside the command's transaction, under the session's lock, so what it checks (the stage) still holds at
    /// commit. A list used here for the first time takes <paramref name="limitsOfANewList"/> (a panel's own limits).
    /// </summary>
    public Task<FloorSnapshot> GiveFloorToSpeakerAsync(ClaimsPrincipal user, Guid sessionId,
        Func<Session, CancellationToken, Task<FloorSpeaker>> choose, FloorLimits limitsOfANewList, int expectedVersion,
        CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, async step =>
        {
            SpeakerList.EnsureFloorCanBeGiven(step.Session.State);
            var speaker = await choose(step.Session, ct);
            return Given(step.List.GiveFloorToNewSpeaker(Guid.NewGuid(), speaker.SpeakerId, speaker.PersonId, step.Now, limitsOfANewList));
        }, ct);
}
