namespace OnlineMinisterial.Domain.Voting;

public enum VoteChoice
{
    Yes,
    No,
    Abstain,
}
