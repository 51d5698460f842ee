namespace OnlineMinisterial.Domain.Panels;

/// <summary>One person's upvote of one question. Who voted is never shown, only how many.</summary>
public sealed class QuestionVote
{
    private QuestionVote() { }

    public string PersonId { get; private set; } = "";
    public DateTimeOffset VotedAt { get; private set; }

    internal static QuestionVote Cast(string personId, DateTimeOffset now) => new() { PersonId = personId, VotedAt = now };
}
