using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Accreditation;

/// <summary>
/// One person put forward for accreditation: a delegation member nominated by its focal point, or an observer or
/// journalist asking through the public form. The secretariat approves or rejects it; only an approved person
/// gets an account.
/// </summary>
public sealed class Nomination
{
    public const int NameMax = 200;
    public const int ReasonMax = 1000;

    private Nomination() { }

    public Guid Id { get; private set; }
    public Guid ConferenceId { get; private set; }
    public ParticipantCategory Category { get; private set; }
    public Guid? DelegationId { get; private set; }
    public SeatRole? SeatRole { get; private set; }
    public string DisplayName { get; private set; } = "";
    public string Email { get; private set; } = "";

    /// <summary>The invitation's language (ISO 639-1), one of the conference's.</summary>
    public string Language { get; private set; } = "en";

    /// <summary>Observers and press: the organisation or outlet they come from.</summary>
    public string? Organization { get; private set; }

    public string? NominatedById { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public NominationState State { get; private set; }
    public string? DecidedById { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>The account made on approval.</summary>
    public string? PersonId { get; private set; }

    public int Version { get; private set; }

    public static Nomination ForDelegation(Guid conferenceId, Guid delegationId, SeatRole role, string displayName, string email,
        string language, string? nominatedById, DateTimeOffset now) =>
        New(conferenceId, ParticipantCategory.Delegate, delegationId, role, displayName, email, language, null, nominatedById, now);

    public static Nomination Request(Guid conferenceId, ParticipantCategory category, string displayName, string email,
        string language, string organization, DateTimeOffset now)
    {
        Guard.That(category != ParticipantCategory.Delegate, ErrorCodes.InvalidArgument, "Delegation members are nominated by their focal point.");
        Guard.That(!string.IsNullOrWhiteSpace(organization), ErrorCodes.TextRequired,
            $"Say which organisation or outlet you represent (at most {NameMax} characters).");
        TextLimits.Check(organization.Trim(), NameMax, "organisation");
        return New(conferenceId, category, null, null, displayName, email, language, organization.Trim(), null, now);
    }

    private static Nomination New(Guid conferenceId, ParticipantCategory category, Guid? delegationId, SeatRole? role, string displayName,
        string email, string language, string? organization, string? nominatedById, DateTimeOffset now)
    {
        Guard.That(!string.IsNullOrWhiteSpace(displayName), AccreditationErrors.NameRequired, "A name is required.");
        TextLimits.Check(displayName.Trim(), NameMax, "name");
        Guard.That(EmailAddress.IsPlausible(email), AccreditationErrors.EmailInvalid, "A valid e-mail address is required.");
        return new Nomination
        {
            Id = Guid.NewGuid(), ConferenceId = conferenceId, Category = category, DelegationId = delegationId, SeatRole = role,
            DisplayName = displayName.Trim(), Email = EmailAddress.Normalize(email), Language = language, Organization = organization,
            NominatedById = nominatedById, SubmittedAt = now, State = NominationState.Pending,
        };
    }

    public bool Counts => State is NominationState.Pending or NominationState.Approved;

    public void Approve(string secretariatId, string personId, DateTimeOffset now)
    {
        EnsurePending();
        State = NominationState.Approved;
        (DecidedById, DecidedAt, PersonId) = (secretariatId, now, personId);
        Version++;
    }

    public void Reject(string secretariatId, string reason, DateTimeOffset now)
    {
        EnsurePending();
        Guard.That(!string.IsNullOrWhiteSpace(reason), AccreditationErrors.ReasonRequired,
            $"Give the reason for the rejection (at most {ReasonMax} characters); the nominee is told.");
        TextLimits.Check(reason.Trim(), ReasonMax, "reason for the rejection");
        State = NominationState.Rejected;
        (DecidedById, DecidedAt, Reason) = (secretariatId, now, reason.Trim());
        Version++;
    }

    public void Withdraw(DateTimeOffset now)
    {
        EnsurePending();
        State = NominationState.Withdrawn;
        DecidedAt = now;
        Version++;
    }

    /// <summary>Checked before anything is made for the nominee (an account), so a decided nomination says so first.</summary>
    public void EnsurePending() =>
        Guard.That(State == NominationState.Pending, AccreditationErrors.NotPending, $"This nomination is already {State.ToString().ToLowerInvariant()}.");
}
