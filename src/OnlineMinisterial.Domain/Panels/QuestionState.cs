namespace OnlineMinisterial.Domain.Panels;

public enum QuestionState
{
    /// <summary>Waiting for the moderator's approval: only its author and the moderator see it.</summary>
    Pending,

    /// <summary>Visible to everyone and open for upvotes.</summary>
    Open,

    /// <summary>In the archive; the moderator can restore it.</summary>
    Answered,

    /// <summary>Taken off the board by the moderator; its author is told.</summary>
    Dismissed,
}
