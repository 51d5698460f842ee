using System.ComponentModel.DataAnnotations;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>How many attempts the credential endpoints and the hubs take before answering "retry later" (docs/security.md).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in, reset, invitation and setup requests per client address per minute.</summary>
    [Range(1, 1_000_000)] public int CredentialsPerMinute { get; set; } = 30;

    /// <summary>Failed sign-ins per account per window from a device it signed in on before (trusted devices are never locked out).</summary>
    [Range(1, 1_000_000)] public int TrustedDeviceFailuresPerWindow { get; set; } = 10;

    [Range(1, 1440)] public int TrustedDeviceWindowMinutes { get; set; } = 5;

    /// <summary>Failed sign-ins from unknown devices that lock an account for unknown devices (Identity's lockout).</summary>
    [Range(1, 1000)] public int LockoutFailures { get; set; } = 5;

    [Range(1, 1440)] public int LockoutMinutes { get; set; } = 15;

    /// <summary>
    /// Per account: while a reset link sent less than this many minutes ago is unused, a new request sends nothing, so
    /// nobody can flood a person's inbox or keep revoking the link the person is about to use.
    /// </summary>
    [Range(0, 1440)] public int ResetLinkIntervalMinutes { get; set; } = 5;

    /// <summary>Hub commands per connection per second, and the burst a connection may spend at once.</summary>
    [Range(1, 1_000_000)] public int HubCommandsPerSecond { get; set; } = 10;

    [Range(1, 1_000_000)] public int HubCommandBurst { get; set; } = 30;
}
