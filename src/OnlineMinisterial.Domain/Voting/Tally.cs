namespace OnlineMinisterial.Domain.Voting;

/// <summary>Counted ballots: one per delegation that voted, its last cast.</summary>
public sealed record Tally(int Yes, int No, int Abstain)
{
    public int Voted => Yes + No + Abstain;

    /// <summary>"Present and voting" in the rules of procedure: abstentions are not counted.</summary>
    public int YesAndNo => Yes + No;

    internal static Tally Of(IEnumerable<VoteChoice> choices)
    {
        int yes = 0, no = 0, abstain = 0;
        foreach (var choice in choices)
        {
            switch (choice)
            {
                case VoteChoice.Yes: yes++; break;
                case VoteChoice.No: no++; break;
                default: abstain++; break;
            }
        }
        return new Tally(yes, no, abstain);
    }
}
