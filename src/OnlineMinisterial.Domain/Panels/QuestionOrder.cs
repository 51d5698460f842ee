namespace OnlineMinisterial.Domain.Panels;

public enum QuestionOrder
{
    /// <summary>Most upvoted first; among equal votes the earlier question first.</summary>
    Votes,

    /// <summary>Newest first.</summary>
    Time,
}
