namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>One counted cast as its <c>VoteCast</c> will tell it, built when the cast applied (ADR 0053).</summary>
internal sealed record CountedCast(Guid DelegationId, VoteCast Everyone, VoteCast Secretariat, string? SeatHolderId, YourVoteView? Yours);

/// <summary>
/// Casts of one poll committed while its previous event was still going out, sent as one <c>VoteCast</c> (ADR 0060):
/// the batch is queued in the poll's order when its first cast is handed in, takes the later ones until it starts
/// sending, and then tells the versions from its first cast to its last with the numbers of the last. Callers hold
/// the broadcaster's lock for <see cref="TryAdd"/> and <see cref="Close"/>.
/// </summary>
internal sealed class VoteCastBatch(CountedCast first)
{
    private readonly List<CountedCast> _casts = [first];
    private bool _closed;

    public bool TryAdd(CountedCast cast)
    {
        if (_closed) return false;
        _casts.Add(cast);
        return true;
    }

    /// <summary>Takes no more casts; what it holds, in commit order.</summary>
    public IReadOnlyList<CountedCast> Close()
    {
        _closed = true;
        return _casts;
    }

    /// <summary>One event for the casts, as the audience of <paramref name="view"/> sees the last of them.</summary>
    public static VoteCast Merge(IReadOnlyList<CountedCast> casts, Func<CountedCast, VoteCast> view) =>
        view(casts[^1]) with
        {
            FromVersion = view(casts[0]).FromVersion,
            DelegationIds = [.. casts.Select(c => c.DelegationId).Distinct()],
        };

    /// <summary>Each seat holder's latest vote of the batch: their other devices need only where it ended.</summary>
    public static IEnumerable<(string SeatHolderId, YourVoteView Vote)> LatestVotes(IReadOnlyList<CountedCast> casts) =>
        casts.Where(c => c.SeatHolderId is not null && c.Yours is not null)
            .GroupBy(c => c.SeatHolderId!)
            .Select(g => (g.Key, g.Last().Yours!));
}
