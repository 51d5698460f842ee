using Microsoft.AspNetCore.Identity;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>A signed-in person: secretariat, chair, delegate or observer. Delegates belong to one delegation.</summary>
public sealed class Person : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public Guid? DelegationId { get; set; }
    public SeatRole? SeatRole { get; set; }

    /// <summary>When the secretariat deactivated the account; a deactivated person cannot sign in until reactivated.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>The UI language the person chose (one of the six, ISO 639-1); null until they choose one.</summary>
    public string? PreferredLanguage { get; set; }

    public Member? AsMember() =>
        DelegationId is { } delegationId && SeatRole is { } role ? new Member(Id, delegationId, role) : null;
}
