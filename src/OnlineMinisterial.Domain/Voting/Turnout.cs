namespace OnlineMinisterial.Domain.Voting;

/// <summary>How many of the voting delegations have voted: public while the poll is open.</summary>
public sealed record Turnout(int Voted, int Eligible)
{
    public override string ToString() => $"{Voted} of {Eligible}";
}
