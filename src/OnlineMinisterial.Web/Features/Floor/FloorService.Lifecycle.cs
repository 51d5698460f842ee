using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Infrastructure.Audit;

namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>What a change of the session's state does to its floor.</summary>
public enum SessionFloorStep
{
    /// <summary>Suspending: the running speech pauses with the session.</summary>
    Suspend,

    /// <summary>Resuming: a speech paused by the suspension runs again.</summary>
    Resume,

    /// <summary>Closing: refused while a speech runs.</summary>
    Close,

    /// <summary>Closing in one step with the running speech: the speech is ended and recorded first.</summary>
    EndSpeechAndClose,
}

/// <summary>
/// The floor's side of the session lifecycle, run inside the lifecycle command's transaction (the session row is
/// already locked by it). Returns the broadcast to send after the commit, or null when the floor did not change.
/// </summary>
public sealed partial class FloorService
{
    public async Task<Func<Task>?> FollowSessionAsync(Session session, SessionFloorStep step, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var list = await db.SpeakerLists.AsSplitQuery().Include(x => x.Requests).Include(x => x.Speeches)
            .SingleOrDefaultAsync(x => x.SessionId == session.Id, ct);
        if (list?.Current is not { } current) return null;

        string? change = null;
        object? details = null;
        switch (step)
        {
            case SessionFloorStep.Suspend when !current.IsPaused:
                list.Pause(now);
                (change, details) = ("floor.paused", new { speechId = current.Id, bySuspension = true });
                break;
            case SessionFloorStep.Resume when current.IsPaused:
                list.Resume(now);
                (change, details) = ("floor.resumed", new { speechId = current.Id, endsAt = current.EndsAt, byResumption = true });
                break;
            case SessionFloorStep.Close:
                throw new DomainException(ConferenceErrors.SpeechRunning,
                    "A speech is running: end it first, or end it and close in one step. Nothing was done.");
            case SessionFloorStep.EndSpeechAndClose:
                var ended = list.EndSpeech(now);
                (change, details) = ("floor.ended", new { speechId = ended.Id, ended.DelegationId, spokenSeconds = ended.SpokenDuration?.TotalSeconds, byClosing = true });
                break;
        }
        if (change is null) return null;

        audit.Record(db, actor, change, Subject, session.Id, details);
        var names = await FloorNames.LoadAsync(db, session.ConferenceId, list.Speeches, ct);
        var view = FloorViews.Snapshot(list, names, now, withTotals: false);
        var outcome = new Outcome(list, view, FloorViews.WithTotals(view, list, names), null, change);
        return () =>
        {
            Broadcast(outcome);
            return Task.CompletedTask;
        };
    }
}
