namespace OnlineMinisterial.Domain.Voting;

/// <summary>
/// Applies a decision rule and the quorum to a closed poll's tally, and says why: in plain English words (the record,
/// the results files) and as a code with the number it speaks of (<see cref="ReasonCodes"/>), which readers word in
/// their own language.
/// </summary>
internal static class DecisionRules
{
    internal readonly record struct Decision(bool Adopted, bool QuorumMet, string Reason, string ReasonCode, int? Required = null);

    public static Decision Decide(DecisionRule rule, Tally tally, Quorum quorum, int present, int eligible)
    {
        var required = quorum.Required(eligible);
        if (present < required)
            return new(false, false, $"Not adopted: no quorum; {present} of {eligible} voting delegations present, {required} required.", ReasonCodes.NoQuorum, required);
        return rule switch
        {
            DecisionRule.SimpleMajority => SimpleMajority(tally),
            DecisionRule.TwoThirds => TwoThirds(tally),
            DecisionRule.Consensus => Consensus(tally),
            _ => throw new InvalidOperationException($"Unknown decision rule {rule}."),
        };
    }

    private static Decision SimpleMajority(Tally t)
    {
        if (t.YesAndNo == 0)
            return new(false, true, $"Not adopted: no votes in favour or against ({Count(t.Abstain, "abstention")}); a simple majority of those present and voting cannot be reached.", ReasonCodes.NoVotes);
        if (t.Yes > t.No)
            return new(true, true, $"Adopted: {Numbers(t)}; simple majority of those present and voting.", ReasonCodes.Majority);
        if (t.Yes == t.No)
            return new(false, true, $"Not adopted: {Numbers(t)}; a tie is not a majority of those present and voting.", ReasonCodes.Tie);
        return new(false, true, $"Not adopted: {Numbers(t)}; no simple majority of those present and voting.", ReasonCodes.NoMajority);
    }

    private static Decision TwoThirds(Tally t)
    {
        if (t.YesAndNo == 0)
            return new(false, true, $"Not adopted: no votes in favour or against ({Count(t.Abstain, "abstention")}); a two-thirds majority of those present and voting cannot be reached.", ReasonCodes.NoVotes);
        // yes >= 2/3 (yes + no), in whole votes.
        var needed = (2 * t.YesAndNo + 2) / 3;
        return t.Yes >= needed
            ? new(true, true, $"Adopted: {Numbers(t)}; two-thirds majority of those present and voting ({needed} required).", ReasonCodes.TwoThirds, needed)
            : new(false, true, $"Not adopted: {Numbers(t)}; two-thirds majority of those present and voting not reached ({needed} required).", ReasonCodes.TwoThirdsNotReached, needed);
    }

    private static Decision Consensus(Tally t) =>
        t.No == 0
            ? new(true, true, $"Adopted by consensus: no objection ({t.Yes} in favour, {Count(t.Abstain, "abstention")}).", ReasonCodes.Consensus)
            : new(false, true, $"Not adopted: {Count(t.No, "objection")}; consensus requires that no voting delegation objects.", ReasonCodes.Objection);

    private static string Numbers(Tally t) => $"{t.Yes} in favour, {t.No} against, {Count(t.Abstain, "abstention")}";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}

/// <summary>Why a poll was or was not adopted, as the browser words it (<c>poll.reason.*</c>); stable, never renamed.</summary>
public static class ReasonCodes
{
    public const string NoQuorum = "no_quorum";
    public const string NoVotes = "no_votes";
    public const string Majority = "majority";
    public const string Tie = "tie";
    public const string NoMajority = "no_majority";
    public const string TwoThirds = "two_thirds";
    public const string TwoThirdsNotReached = "two_thirds_not_reached";
    public const string Consensus = "consensus";
    public const string Objection = "objection";

    public static IReadOnlyList<string> All { get; } =
        [NoQuorum, NoVotes, Majority, Tie, NoMajority, TwoThirds, TwoThirdsNotReached, Consensus, Objection];
}
