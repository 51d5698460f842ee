using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// Builds a closed session's record of proceedings from the database alone: no clock, no request, no cache. Every
/// list is ordered by stored values with the id as tie-break, so two builds over the same data are byte-identical.
/// What belongs to the session is what happened between its opening and its close (polls opened, decisions taken,
/// statements attached), since polls and the declaration belong to the conference.
/// </summary>
public sealed partial class RecordBuilder(AppDbContext db)
{
    public async Task<RecordDocument> BuildAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Interruptions).SingleAsync(s => s.Id == sessionId, ct);
        if (session is not { State: SessionState.Closed, ClosedAt: { } closedAt })
            throw new InvalidOperationException("Only a closed session has a record.");
        var from = session.OpenedAt ?? closedAt;
        var conference = await db.Conferences.AsNoTracking().SingleAsync(c => c.Id == session.ConferenceId, ct);
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.ConferenceId == session.ConferenceId)
            .ToDictionaryAsync(d => d.Id, d => new RecordDelegation(d.Code, d.Name), ct);
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string? Name(string? id) => id is not null && names.TryGetValue(id, out var n) ? n : null;
        RecordDelegation? Delegation(Guid? id) => id is { } d && delegations.TryGetValue(d, out var x) ? x : null;

        var closing = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == "session.closed" && e.SubjectType == nameof(Session) && e.SubjectId == sessionId.ToString())
            .OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(ct);

        return new RecordDocument(
            RecordDocument.CurrentFormat,
            new RecordConference(conference.Title, conference.HostTimeZone),
            new RecordSession(session.Id, session.Title, session.Kind.ToString(), Name(session.ChairId) ?? "", session.StartsAt, session.EndsAt,
                session.OpenedAt, closedAt, session.ClosedAutomatically,
                session.Interruptions.Select(i => new RecordInterruption(i.Kind.ToString(), i.StartedAt, i.PlannedResumeAt, i.EndedAt)).ToList()),
            await AttendanceAsync(from, closedAt, Delegation, ct),
            await SpeechesAsync(session, Delegation, Name, ct),
            await QuestionsAsync(session.Id, Delegation, Name, ct),
            await PollsAsync(session.ConferenceId, from, closedAt, Delegation, ct),
            await DecisionsAsync(session.ConferenceId, from, closedAt, ct),
            await StatementsAsync(session.ConferenceId, from, closedAt, Delegation, ct),
            new RecordChain(closing?.Sequence ?? 0, closing?.Hash ?? AuditChainHead.Genesis));
    }

    /// <summary>Finished connections and those still open, clipped to the session's time; one line per delegation.</summary>
    private async Task<IReadOnlyList<RecordAttendance>> AttendanceAsync(DateTimeOffset from, DateTimeOffset to,
        Func<Guid?, RecordDelegation?> delegation, CancellationToken ct)
    {
        var finished = await db.Set<AttendanceSpan>().AsNoTracking()
            .Where(s => s.DelegationId != null && s.JoinedAt <= to && s.LeftAt >= from)
            .Select(s => new { s.DelegationId, s.JoinedAt, LeftAt = (DateTimeOffset?)s.LeftAt }).ToListAsync(ct);
        var open = await db.PresenceConnections.AsNoTracking()
            .Where(c => c.DelegationId != null && c.ConnectedAt <= to)
            .Select(c => new { c.DelegationId, JoinedAt = c.ConnectedAt, LeftAt = (DateTimeOffset?)null }).ToListAsync(ct);
        return finished.Concat(open)
            .GroupBy(s => s.DelegationId!.Value)
            .Select(g => (delegation: delegation(g.Key), first: Max(g.Min(s => s.JoinedAt), from), last: Min(g.Max(s => s.LeftAt ?? to), to)))
            .Where(x => x.delegation is not null)
            .OrderBy(x => x.delegation!.Name, StringComparer.Ordinal).ThenBy(x => x.delegation!.Code, StringComparer.Ordinal)
            .Select(x => new RecordAttendance(x.delegation!, x.first, x.last)).ToList();
    }

    private async Task<IReadOnlyList<RecordSpeech>> SpeechesAsync(Session session, Func<Guid?, RecordDelegation?> delegation,
        Func<string?, string?> name, CancellationToken ct)
    {
        var list = await db.SpeakerLists.AsNoTracking().AsSplitQuery().Include(l => l.Requests).Include(l => l.Speeches)
            .SingleOrDefaultAsync(l => l.SessionId == session.Id, ct);
        if (list is null) return [];
        var requests = list.Requests.ToDictionary(r => r.Id);
        IReadOnlySet<string> panelists = session.Kind == SessionKind.Panel ? await PanelistSpeakersAsync(session.Id, ct) : new HashSet<string>();
        return list.Speeches.Where(s => s.EndedAt is not null)
            .OrderBy(s => s.StartedAt).ThenBy(s => s.Id)
            .Select((s, i) => new RecordSpeech(i + 1, delegation(s.DelegationId), name(s.PersonId),
                KindOf(s, session, panelists), requests.TryGetValue(s.RequestId, out var r) && r.OnBehalfOfGroup,
                s.StartedAt, s.EndedAt!.Value, (int)Math.Round(s.SpokenDuration!.Value.TotalSeconds), (int)s.TotalExtension.TotalSeconds,
                requests.GetValueOrDefault(s.RequestId)?.Language, requests.GetValueOrDefault(s.RequestId)?.InterpretedInto))
            .ToList();
    }

    private static string KindOf(Speech s, Session session, IReadOnlySet<string> panelists) =>
        session.Kind == SessionKind.Panel && s.Kind == RequestKind.Statement && (s.PersonId is null || panelists.Contains(s.PersonId))
            ? "Panelist" : s.Kind.ToString();

    private async Task<IReadOnlySet<string>> PanelistSpeakersAsync(Guid sessionId, CancellationToken ct) =>
        (await db.PanelStages.AsNoTracking().Include(s => s.Panelists).Where(s => s.SessionId == sessionId)
            .SelectMany(s => s.Panelists.Select(p => p.PersonId)).ToListAsync(ct)).ToHashSet();

    private async Task<IReadOnlyList<RecordQuestion>> QuestionsAsync(Guid sessionId, Func<Guid?, RecordDelegation?> delegation,
        Func<string?, string?> name, CancellationToken ct)
    {
        var board = await db.QuestionBoards.AsNoTracking().AsSplitQuery().Include(b => b.Questions).ThenInclude(q => q.Votes)
            .SingleOrDefaultAsync(b => b.SessionId == sessionId, ct);
        if (board is null) return [];
        return board.Questions.Where(q => q is { State: QuestionState.Answered, AnsweredAt: not null })
            .OrderBy(q => q.AnsweredAt).ThenBy(q => q.Id)
            .Select(q => new RecordQuestion(q.Text, q.Anonymous, q.Anonymous ? null : delegation(q.AuthorDelegationId),
                q.Anonymous ? null : name(q.AuthorId), name(q.AddressedToId), q.AnsweredAt!.Value, q.VoteCount))
            .ToList();
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
