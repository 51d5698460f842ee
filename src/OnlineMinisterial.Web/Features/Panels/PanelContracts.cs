using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Features.Conference;

namespace OnlineMinisterial.Web.Features.Panels;

// The panel's wire shapes (hub and REST); docs/hub-panel.md describes them. Times are UTC.

/// <summary>A panelist; <see cref="SpeakerId"/> is who holds the floor when they speak (their delegation, or a guest's invitation).</summary>
public sealed record PanelistView(string PersonId, string DisplayName, PanelistKind Kind, DelegationRef? Delegation, Guid SpeakerId,
    DateTimeOffset OnStageSince);

public sealed record StageView(Guid SessionId, int Version, IReadOnlyList<PanelistView> Panelists);

/// <summary>Who asked. The audience gets it only for a named question; moderators always.</summary>
public sealed record AskerView(string PersonId, string DisplayName, DelegationRef Delegation);

/// <summary>A question as one audience sees it. <see cref="Text"/> is plain text: insert it as text, never as markup.</summary>
public sealed record QuestionView(Guid Id, string Text, QuestionState State, int Votes, bool Anonymous, AskerView? Asker,
    PersonRef? AddressedTo, DateTimeOffset SubmittedAt, DateTimeOffset? AnsweredAt);

/// <summary>
/// The questions at <see cref="Version"/>: for the audience the open and answered ones; for moderators also those
/// waiting for approval and those dismissed.
/// </summary>
public sealed record BoardView(Guid SessionId, int Version, bool PreModeration, Guid? PinnedQuestionId, IReadOnlyList<QuestionView> Questions);

public sealed record QuestionRules(int MaxLength, int PerWindow, int WindowSeconds);

/// <summary>
/// What only the caller sees: whether they moderate, may ask, are a guest; their own questions in every state (as
/// the audience sees them) and the questions they upvoted.
/// </summary>
public sealed record PanelMe(string PersonId, bool Moderates, bool CanAsk, bool IsGuest, bool OnStage,
    IReadOnlyList<QuestionView> Questions, IReadOnlyList<Guid> Upvoted);

/// <summary>
/// The whole panel for one caller. The stage and the board have their own versions; the video link changes with the
/// session's version. <see cref="ServerTime"/> lets a client correct its clock.
/// </summary>
public sealed record PanelSnapshot(Guid SessionId, string Title, SessionState State, string? VideoUrl, int SessionVersion,
    DateTimeOffset ServerTime, QuestionRules Rules, StageView Stage, BoardView Board, PanelMe Me);

/// <summary>
/// One change of the board: what changed (the audit action, e.g. <c>question.pinned</c>), the board's new version,
/// and the question it concerns as the receiving group may see it; null means "not (or no longer) visible to you".
/// </summary>
public sealed record QuestionChange(Guid SessionId, int Version, string Change, Guid? QuestionId, QuestionView? Question,
    Guid? PinnedQuestionId, bool PreModeration);

public sealed record StageChange(Guid SessionId, int Version, string Change, StageView Stage);

public sealed record VideoLinkChange(Guid SessionId, int SessionVersion, string? VideoUrl);

/// <summary>Sent to a question's author only: the moderator approved or dismissed it.</summary>
public sealed record QuestionNotice(Guid SessionId, Guid QuestionId, string Text, QuestionState State);

/// <summary>The answer to a submitted question: the question as its author's audience sees it, and the board's version.</summary>
public sealed record QuestionReceipt(Guid SessionId, int Version, QuestionView Question);

public sealed record VoteReceipt(Guid SessionId, int Version, Guid QuestionId, int Votes, bool Upvoted);

public sealed record PanelCandidate(string PersonId, string DisplayName, PanelistKind Kind, DelegationRef? Delegation);

public sealed record InviteGuestRequest(string Email, string DisplayName, string? Password);

public sealed record PanelGuestView(Guid Id, string PersonId, string DisplayName, string Email, DateTimeOffset InvitedAt);
