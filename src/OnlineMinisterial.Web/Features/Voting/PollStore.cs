using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>Loads polls whole, for a command (locked) or for a read (consistent with its version).</summary>
internal static class PollStore
{
    /// <summary>
    /// Takes the poll's row lock before reading it, inside the command's transaction: concurrent commands on one poll
    /// (sixty delegations casting at once) then queue instead of failing on the version check. A no-op update is the
    /// lock every provider understands (a row lock on servers, the write lock on SQLite). In a group of casts (one
    /// transaction) the later ones find the poll locked and loaded by the first, tracked with every change since, and
    /// read nothing again.
    /// </summary>
    public static async Task<Poll> LockPollAsync(this AppDbContext db, Guid pollId, CancellationToken ct)
    {
        var key = $"poll:{pollId}";
        // Unchanged since its save, or changed by the earlier casts of a group saved once (GroupSave.Once).
        if (db.Held<Poll>(key) is { } held && db.Entry(held).State is EntityState.Unchanged or EntityState.Modified) return held;
        var locked = await db.Polls.Where(p => p.Id == pollId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version), ct);
        if (locked == 0) throw NotFound();
        var poll = await db.Polls.AsSplitQuery().SingleAsync(p => p.Id == pollId, ct);
        db.Hold(key, poll);
        return poll;
    }

    /// <summary>
    /// Reads a poll without a lock. Its children are read by separate queries, so a cast committed in between would
    /// show a turnout newer than the version; the version is read again and the read retried until they agree.
    /// </summary>
    public static async Task<Poll> ReadPollAsync(this AppDbContext db, Guid pollId, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var poll = await db.Polls.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == pollId, ct) ?? throw NotFound();
            var version = await db.Polls.Where(p => p.Id == pollId).Select(p => p.Version).SingleAsync(ct);
            if (version == poll.Version || attempt >= 5) return poll;
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Every poll of the conference, newest first. Consistent per poll, as <see cref="ReadPollAsync"/>.</summary>
    public static async Task<IReadOnlyList<Poll>> ReadPollsAsync(this AppDbContext db, Guid conferenceId, CancellationToken ct)
    {
        var ids = await db.Polls.Where(p => p.ConferenceId == conferenceId).OrderByDescending(p => p.CreatedAt)
            .Select(p => p.Id).ToListAsync(ct);
        var polls = new List<Poll>(ids.Count);
        foreach (var id in ids) polls.Add(await db.ReadPollAsync(id, ct));
        return polls;
    }

    /// <summary>Whether a poll about this subject is still to be decided (draft, open, or closed and not yet published).</summary>
    public static Task<bool> HasPendingPollAsync(this AppDbContext db, PollSubjectKind kind, Guid subjectId, CancellationToken ct) =>
        db.Polls.AnyAsync(p => p.SubjectKind == kind && p.SubjectId == subjectId
            && (p.State == PollState.Draft || p.State == PollState.Open || p.State == PollState.Closed), ct);

    private static DomainException NotFound() => new(VotingErrors.PollNotFound, "There is no such poll.");
}
