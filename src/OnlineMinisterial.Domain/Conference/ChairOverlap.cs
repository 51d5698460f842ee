namespace OnlineMinisterial.Domain.Conference;

/// <summary>
/// One chair cannot run two sessions at once. Overlapping sessions with the same chair are accepted, with a warning
/// (code <see cref="Code"/>): the secretariat may mean it (a chair who opens a panel, then hands it to a
/// co-moderator), and the agenda must be able to hold a plan while it is being fixed. Sessions closed or cancelled
/// no longer count; two sessions that only touch (one ends when the other starts) do not overlap.
/// </summary>
public static class ChairOverlap
{
    public const string Code = "agenda.chair_overlap";

    public static bool Between(Session a, Session b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Id != b.Id && a.ChairId == b.ChairId && Counts(a) && Counts(b) && a.StartsAt < b.EndsAt && b.StartsAt < a.EndsAt;
    }

    /// <summary>The sessions among <paramref name="others"/> that overlap <paramref name="session"/> with the same chair, earliest first.</summary>
    public static IReadOnlyList<Session> With(Session session, IEnumerable<Session> others) =>
        [.. others.Where(o => Between(session, o)).OrderBy(o => o.StartsAt).ThenBy(o => o.Ordinal)];

    private static bool Counts(Session s) => s.State is not (SessionState.Cancelled or SessionState.Closed);
}
