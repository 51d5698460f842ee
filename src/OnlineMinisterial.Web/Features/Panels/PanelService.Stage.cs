using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>What the moderator (or the secretariat) does with the stage and the session's video link.</summary>
public sealed partial class PanelService
{
    /// <summary>Puts a delegate, or a guest invited to this panel, on the stage; putting someone there again changes nothing.</summary>
    public Task<StageView> PutOnStageAsync(ClaimsPrincipal user, Guid sessionId, string personId, CancellationToken ct = default) =>
        RunStageAsync(user, sessionId, async (stage, now) =>
        {
            var panelist = stage.PutOnStage(await CandidateAsync(sessionId, personId, ct), now);
            return ("panel.put_on_stage", new { personId, panelist.Kind });
        }, ct);

    public Task<StageView> TakeOffStageAsync(ClaimsPrincipal user, Guid sessionId, string personId, CancellationToken ct = default) =>
        RunStageAsync(user, sessionId, (stage, _) =>
        {
            stage.TakeOffStage(personId);
            return Task.FromResult(("panel.taken_off_stage", new { personId } as object));
        }, ct);

    /// <summary>Sets (or, with null or blank, clears) the link to the video room or livestream used alongside the panel.</summary>
    public async Task<VideoLinkChange> SetVideoUrlAsync(ClaimsPrincipal user, Guid sessionId, string? url, CancellationToken ct = default)
    {
        var caller = PanelCaller.From(user);
        var (change, changed) = await db.RunAsync(async () =>
        {
            var session = await db.LockPanelAsync(sessionId, ct);
            caller.EnsureModerator(session);
            var link = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
            if (link == session.VideoUrl) return (new VideoLinkChange(sessionId, session.Version, link), false);
            session.SetVideoUrl(link);
            audit.Record(db, Actor.From(user), "session.video_link_set", nameof(Session), sessionId, new { url = link });
            return (new VideoLinkChange(sessionId, session.Version, link), true);
        }, ct);

        if (changed) await SendToBothAsync(sessionId, clients => clients.VideoLinkChanged(change));
        return change;
    }

    private async Task<StageView> RunStageAsync(ClaimsPrincipal user, Guid sessionId,
        Func<PanelStage, DateTimeOffset, Task<(string Action, object Details)>> apply, CancellationToken ct)
    {
        var caller = PanelCaller.From(user);
        var (view, action) = await db.RunAsync(async () =>
        {
            var session = await db.LockPanelAsync(sessionId, ct);
            caller.EnsureModerator(session);
            var stage = await db.StageForChangeAsync(sessionId, ct);
            var before = stage.Version;
            var (action, details) = await apply(stage, Now());
            var changed = stage.Version != before;
            if (changed) audit.Record(db, Actor.From(user), action, nameof(PanelStage), sessionId, details);
            var names = await PanelNames.LoadAsync(db, session.ConferenceId, PanelNames.Of([], stage), ct);
            return (PanelViews.Stage(stage, names), changed ? action : null);
        }, ct);

        if (action is not null) media.SessionChanged(sessionId);   // panelists on stage publish
        if (action is not null) await SendToBothAsync(sessionId, clients => clients.StageChanged(new StageChange(sessionId, view.Version, action, view)));
        return view;
    }

    /// <summary>Who may be put on this panel's stage: a guest invited to it, or any delegate of the conference.</summary>
    private async Task<Panelist> CandidateAsync(Guid sessionId, string personId, CancellationToken ct)
    {
        var guest = await db.PanelGuests.AsNoTracking().SingleOrDefaultAsync(g => g.SessionId == sessionId && g.PersonId == personId, ct);
        if (guest is not null) return Panelist.Guest(guest);
        var person = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == personId, ct)
            ?? throw new DomainException(ErrorCodes.PersonNotFound, "There is no such person.");
        return person.DelegationId is { } delegationId
            ? Panelist.Delegate(person.Id, delegationId)
            : throw new DomainException(PanelErrors.NotEligiblePanelist, "Only a delegate or a guest invited to this panel can be on its stage.");
    }

    /// <summary>Events that are the same for the audience and the moderators (the stage, the video link).</summary>
    private async Task SendToBothAsync(Guid sessionId, Func<IPanelClient, Task> send)
    {
        try
        {
            // A connection is in one of the two groups, so it receives the event once.
            await send(hub.Clients.Groups([PanelGroups.Audience(sessionId), PanelGroups.Moderators(sessionId)]));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "A change of panel {SessionId} could not be broadcast", sessionId);
        }
    }
}
