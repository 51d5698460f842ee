using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>
/// Reads a session's floor without a transaction, so snapshots never wait for (or hold up) commands. A session
/// whose list was never used reads as an empty list at version 0; reading never creates it.
/// </summary>
public sealed class FloorReader(AppDbContext db, TimeProvider time, FloorSnapshotCache cache)
{
    private const int Attempts = 5;

    public async Task<FloorSnapshot> SnapshotAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken ct = default) =>
        await SnapshotAsync(user, await SessionAsync(sessionId, ct), ct);

    public async Task<FloorSnapshot> SnapshotAsync(ClaimsPrincipal user, Session session, CancellationToken ct = default)
    {
        var (list, names) = await CachedAsync(session, ct);
        return FloorViews.Snapshot(list, names, time.GetUtcNow(), FloorCaller.From(user).Moderates(session));
    }

    /// <summary>The list and its names of the version in the database now: from the cache when that version is in it.</summary>
    private async Task<(SpeakerList List, FloorNames Names)> CachedAsync(Session session, CancellationToken ct)
    {
        var versions = await db.SpeakerLists.Where(x => x.SessionId == session.Id).Select(x => x.Version).ToListAsync(ct);
        if (versions.Count == 1 && cache.TryGet(session.Id, versions[0], out var cached, out var cachedNames)) return (cached, cachedNames);
        var (list, proven) = await LoadAsync(session.Id, ct);
        var names = await FloorNames.LoadAsync(db, session.ConferenceId, list.Speeches, ct);
        if (proven && versions.Count == 1) cache.Store(list, names);
        return (list, names);
    }

    /// <summary>Every speech of the session in the order given, with who spoke, for which delegation, and for how long.</summary>
    public async Task<IReadOnlyList<SpeechRecord>> SpeechesAsync(Guid sessionId, CancellationToken ct = default)
    {
        var session = await SessionAsync(sessionId, ct);
        var (list, _) = await LoadAsync(sessionId, ct);
        return FloorViews.Record(list, await FloorNames.LoadAsync(db, session.ConferenceId, list.Speeches, ct));
    }

    public async Task<Session> SessionAsync(Guid sessionId, CancellationToken ct = default) =>
        await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, ct)
        ?? throw new DomainException(ErrorCodes.SessionNotFound, "There is no such session.");

    /// <summary>
    /// The list and its requests and speeches come in separate queries (one joined query would multiply the rows).
    /// Every change bumps the version, so the same version read again afterwards proves the parts belong together.
    /// </summary>
    private async Task<(SpeakerList List, bool Proven)> LoadAsync(Guid sessionId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var list = await db.SpeakerLists.AsNoTracking().AsSplitQuery()
                .Include(x => x.Requests).Include(x => x.Speeches)
                .SingleOrDefaultAsync(x => x.SessionId == sessionId, ct);
            if (list is null) return (SpeakerList.Create(sessionId, FloorLimits.Default), false);
            var version = await db.SpeakerLists.Where(x => x.SessionId == sessionId).Select(x => x.Version).SingleAsync(ct);
            // Under a storm of commands, give up proving it: the next event carries a whole snapshot anyway.
            if (version == list.Version || attempt == Attempts) return (list, version == list.Version);
        }
    }
}
