namespace OnlineMinisterial.Domain.Voting;

public enum PollState
{
    Draft,
    Open,
    Closed,
    Published,
    Cancelled,
}
