namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>Events the panel hub sends; names are past tense and part of the wire contract.</summary>
public interface IPanelClient
{
    /// <summary>To the panel's audience and moderators, each with their own view of the question.</summary>
    Task QuestionChanged(QuestionChange change);

    Task StageChanged(StageChange change);

    Task VideoLinkChanged(VideoLinkChange change);

    /// <summary>To the author only.</summary>
    Task YourQuestionApproved(QuestionNotice notice);

    /// <summary>To the author only.</summary>
    Task YourQuestionDismissed(QuestionNotice notice);
}
