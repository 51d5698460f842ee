namespace OnlineMinisterial.Domain.Declaration;

public enum AmendmentState
{
    Proposed,
    PutToVote,
    Accepted,
    Rejected,
    Withdrawn,
}
