namespace OnlineMinisterial.Web.Infrastructure.Audit;

/// <summary>What a walk of the chain found: intact, or the first entry that was edited, removed or reordered.</summary>
public sealed record AuditVerification(bool Intact, long Entries, long HeadSequence, string HeadHash, AuditBreak? FirstBreak);

/// <summary>
/// The first place the chain breaks. <see cref="Problem"/> is <c>edited</c> (the entry's content no longer gives its
/// hash), <c>removed</c> (a place in the chain is missing) or <c>reordered</c> (an intact entry in the wrong place).
/// </summary>
public sealed record AuditBreak(long Sequence, long? EntryId, string Problem, string Message);
