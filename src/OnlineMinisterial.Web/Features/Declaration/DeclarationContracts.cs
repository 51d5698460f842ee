using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Declaration;

// The wire shapes of the declaration (hub and REST), documented in docs/hub-voting.md: add fields, never rename them.

/// <summary>
/// The declaration as the caller may see it: the current (latest published) version with its changes from the
/// previous one, the silence procedure, the adoption and statements. <see cref="Draft"/> is the secretariat's alone.
/// </summary>
public sealed record DeclarationView(
    Guid DeclarationId,
    string Title,
    DeclarationState State,
    bool AmendmentsOpen,
    PublishedVersionView? Current,
    IReadOnlyList<VersionSummary> Versions,
    SilenceView? Silence,
    AdoptionView? Adoption,
    IReadOnlyList<StatementView> Statements,
    DraftView? Draft,
    int Version);

public sealed record PublishedVersionView(int Number, DateTimeOffset PublishedAt, IReadOnlyList<ParagraphView> Paragraphs,
    IReadOnlyList<ParagraphChangeView> ChangesFromPrevious);

public sealed record ParagraphView(Guid ParagraphId, ParagraphKind Kind, string Label, string Text);

/// <summary>Old fields are null for an added paragraph, new ones for a removed one.</summary>
public sealed record ParagraphChangeView(ParagraphChangeKind Change, Guid ParagraphId, ParagraphKind Kind, string? OldLabel,
    string? NewLabel, string? OldText, string? NewText);

public sealed record VersionSummary(int Number, DateTimeOffset PublishedAt);

/// <summary>The running round of silence, or the last one; breaks are public, with their reasons.</summary>
public sealed record SilenceView(int VersionNumber, DateTimeOffset CirculatedAt, DateTimeOffset Deadline, DateTimeOffset? EndedAt,
    SilenceOutcome Outcome, IReadOnlyList<SilenceBreakView> Breaks, string? WithdrawalReason = null);

public sealed record SilenceBreakView(Guid DelegationId, string Reason, DateTimeOffset At);

public sealed record AdoptionView(int VersionNumber, DateTimeOffset AdoptedAt, AdoptionMethod Method, Guid? PollId,
    IReadOnlyList<Guid> JoinedDelegationIds);

public sealed record StatementView(Guid StatementId, Guid DelegationId, StatementKind Kind, string Text, DateTimeOffset AttachedAt);

/// <summary>The working draft and what it changes against the latest published version: for the secretariat.</summary>
public sealed record DraftView(IReadOnlyList<ParagraphView> Paragraphs, IReadOnlyList<ParagraphChangeView> ChangesFromLatest,
    bool HasUnpublishedChanges);

public sealed record AmendmentView(
    Guid AmendmentId,
    Guid DeclarationId,
    Guid ParagraphId,
    string ParagraphLabel,
    int? BasedOnVersion,
    AmendmentKind Kind,
    string? Text,
    string Reason,
    Guid ProposerDelegationId,
    DateTimeOffset ProposedAt,
    AmendmentState State,
    Guid? PollId,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<CoSponsorView> CoSponsors,
    int Version);

public sealed record CoSponsorView(Guid DelegationId, DateTimeOffset At);

/// <summary><see cref="Declaration"/> is null until the secretariat creates one.</summary>
public sealed record DeclarationSnapshot(DateTimeOffset ServerTime, DeclarationView? Declaration, IReadOnlyList<AmendmentView> Amendments);

/// <summary>The adopted text, the delegations that joined it and the statements attached, with names for the record.</summary>
public sealed record FinalDeclarationView(
    Guid DeclarationId,
    string Title,
    int VersionNumber,
    DateTimeOffset AdoptedAt,
    AdoptionMethod Method,
    IReadOnlyList<ParagraphView> Paragraphs,
    IReadOnlyList<DelegationRef> JoinedDelegations,
    IReadOnlyList<FinalStatementView> Statements);

public sealed record FinalStatementView(DelegationRef Delegation, StatementKind Kind, string Text, DateTimeOffset AttachedAt);

public sealed record ProposeAmendmentRequest(Guid ParagraphId, AmendmentKind Kind, string? Text, string Reason);
