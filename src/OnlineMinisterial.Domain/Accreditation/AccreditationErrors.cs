namespace OnlineMinisterial.Domain.Accreditation;

/// <summary>Codes of the accreditation rules: links, nominations, delegations, the import. Stable: clients switch on them.</summary>
public static class AccreditationErrors
{
    public const string LinkInvalid = "link.invalid";
    public const string LinkUsed = "link.used";
    public const string LinkExpired = "link.expired";
    public const string AlreadySetUp = "setup.already_done";
    public const string LimitReached = "nomination.limit_reached";
    public const string HeadExists = "nomination.head_exists";
    public const string NominationNotFound = "nomination.not_found";
    public const string NotPending = "nomination.not_pending";
    public const string EmailTaken = "nomination.email_taken";
    public const string ReasonRequired = "nomination.reason_required";
    public const string NotFocalPoint = "auth.not_focal_point";
    public const string DelegationCodeTaken = "delegation.code_taken";
    public const string DelegationHasMembers = "delegation.has_members";
    public const string TooManyDelegations = "delegation.too_many";
    public const string ImportInvalid = "import.invalid";
    public const string EmailInvalid = "person.email_invalid";
    public const string NameRequired = "person.name_required";
    public const string ImportEmpty = "import.empty";
    public const string ImportHeaderMissing = "import.header_missing";
    public const string ImportFieldCount = "import.field_count";
    public const string ImportDuplicateCode = "import.duplicate_code";
    public const string ImportTooMany = "import.too_many";
    public const string ImportQuoteMisplaced = "import.quote_misplaced";
    public const string ImportQuoteUnclosed = "import.quote_unclosed";
    public const string DelegationKindUnknown = "delegation.kind_unknown";
    public const string DelegationCodeNotIso = "delegation.code_not_iso";
    public const string DelegationCodeNotAcronym = "delegation.code_not_acronym";
    public const string DelegationNameInvalid = "delegation.name_invalid";
    public const string DelegationRankUnknown = "delegation.rank_unknown";
    public const string DelegationVotesUnknown = "delegation.votes_unknown";
    public const string LetterInvalid = "credentials.not_pdf";
    public const string LetterTooLarge = "credentials.too_large";
    public const string LetterNotFound = "credentials.not_found";
    public const string LanguageUnknown = "conference.language_unknown";
    public const string DatesInvalid = "conference.dates_invalid";
    public const string PasswordRejected = "password.rejected";
    public const string InvitationAccepted = "invitation.already_accepted";
}
