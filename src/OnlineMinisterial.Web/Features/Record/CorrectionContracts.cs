using OnlineMinisterial.Domain.Record;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>A correction to one's own entry: <c>entry</c> is <c>speech:N</c>, the record's speech number N.</summary>
public sealed record CorrectionRequest(string? Entry, string? Text);

public sealed record CorrectionDecision(string? Note);

public sealed record CorrectionView(Guid Id, Guid SessionId, RecordDelegation Delegation, string Entry, string Text, CorrectionState State,
    DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, string? Note, int? CorrigendumNumber);
