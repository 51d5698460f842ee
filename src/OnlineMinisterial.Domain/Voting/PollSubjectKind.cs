namespace OnlineMinisterial.Domain.Voting;

public enum PollSubjectKind
{
    Amendment,
    Declaration,
}
