using System.Security.Claims;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Floor;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>
/// Who speaks on a panel is the floor's business: the moderator gives the floor to a panelist through the same list
/// of speakers, countdown and record as a plenary (<see cref="FloorService"/>), with the panel's own time limit.
/// Ending, pausing and extending the turn are the floor hub's methods.
/// </summary>
public sealed partial class PanelService
{
    public async Task<FloorSnapshot> GiveFloorToPanelistAsync(ClaimsPrincipal user, Guid sessionId, string personId,
        int expectedFloorVersion, CancellationToken ct = default)
    {
        // Checked here first for the panel's own code; the floor checks the chair again inside its transaction.
        PanelCaller.From(user).EnsureModerator(await db.PanelSessionAsync(sessionId, tracked: false, ct));
        var turn = TimeSpan.FromSeconds(options.Value.PanelistSpeakingSeconds);
        var limits = new FloorLimits(turn, turn, FloorLimits.Default.RightOfReply, FloorLimits.Default.PointOfOrder);
        return await floor.GiveFloorToSpeakerAsync(user, sessionId, async (session, token) =>
        {
            if (session.Kind != SessionKind.Panel) throw new DomainException(PanelErrors.NotAPanel, "That session is a plenary, not a panel.");
            var panelist = (await db.StageForReadAsync(sessionId, token)).Find(personId);
            return new FloorSpeaker(panelist.SpeakerId, panelist.PersonId);
        }, limits, expectedFloorVersion, ct);
    }
}
