using System.ComponentModel.DataAnnotations;
using OnlineMinisterial.Domain.Accreditation;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>Bound from <c>Accreditation</c>: link lifetimes, the delegation limits, the credentials letter's size.</summary>
public sealed class AccreditationOptions
{
    public const string Section = "Accreditation";

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromHours(24);

    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan ResetLifetime { get; set; } = TimeSpan.FromMinutes(30);

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan SetupLifetime { get; set; } = TimeSpan.FromHours(24);

    [Range(1, 500)]
    public int MaxDelegations { get; set; } = 60;

    [Range(1, 100)]
    public int MaxRepresentatives { get; set; } = 5;

    [Range(0, 100)]
    public int MaxAlternates { get; set; } = 5;

    /// <summary>No limit when empty, as at the UN General Assembly ("advisers as needed").</summary>
    [Range(0, 1000)]
    public int? MaxAdvisers { get; set; }

    [Range(1024, 50 * 1024 * 1024)]
    public int CredentialsMaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The address people reach the app at, for links in messages; by default the address of the request that sends them.</summary>
    [Url]
    public string? PublicUrl { get; set; }

    public NominationLimits Limits => new(MaxRepresentatives, MaxAlternates, MaxAdvisers);
}
