using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Accreditation;

public sealed record ConferenceInput(string? Title, string? HostTimeZone, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<string>? Languages);

public sealed record AccountInput(string? DisplayName, string? Email, string? Password);

public sealed record SetupRequest(string? Token, ConferenceInput Conference, AccountInput Secretariat);

public sealed record LinkCheckRequest(string? Token, AccessLinkPurpose Purpose);

public sealed record LinkCheck(AccessLinkPurpose Purpose, string? DisplayName, string? Email, DateTimeOffset ExpiresAt);

public sealed record SetPasswordRequest(string? Token, string? Password);

public sealed record ForgotPasswordRequest(string? Email);


public sealed record AccreditationRequestInput(ParticipantCategory Category, string? DisplayName, string? Email, string? Organization, string? Language);

public sealed record Accepted(string Message);

public sealed record DelegationInput(string? Code, string? Name, DelegationKind Kind, bool? Votes, HeadRank HeadRank, int? Version);

public sealed record ImportRequest(string? Csv);

public sealed record ImportPreview(IReadOnlyList<ImportRow> Rows, int New, int Changed, int Unchanged, int Errors, bool CanImport);

public sealed record ImportResult(int Created, int Updated, int Unchanged);

public sealed record PersonInput(string? DisplayName, string? Email, SeatRole Role, string? Language);

public sealed record StaffInput(string? DisplayName, string? Email, string? Role, string? Language);

public sealed record RejectRequest(string? Reason);

public sealed record SeatHolderRequest(string? PersonId);

public sealed record NominationView(Guid Id, ParticipantCategory Category, Guid? DelegationId, string? DelegationCode, SeatRole? SeatRole,
    string DisplayName, string Email, string Language, string? Organization, NominationState State, string? Reason,
    DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, string? PersonId, int Version);

public sealed record LetterView(Guid Id, string FileName, long SizeBytes, DateTimeOffset UploadedAt);

public sealed record MyDelegationView(Guid Id, string Code, string Name, string? SeatHolderId, IReadOnlyList<NominationView> Nominations,
    LetterView? CredentialsLetter, NominationLimits Limits, IReadOnlyList<string> Languages);

public sealed record DelegationAdminView(Guid Id, string Code, string Name, DelegationKind Kind, bool Votes, HeadRank HeadRank,
    string? FocalPointId, string? FocalPointName, int Members, int Pending, LetterView? CredentialsLetter, int Version);
