using System.ComponentModel.DataAnnotations;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>How long a sign-in lasts (docs/security.md).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>A session cookie ends when the browser closes, or after this long without a request.</summary>
    [Range(1, 24 * 60)] public int IdleTimeoutMinutes { get; set; } = 60;

    /// <summary>"Keep me signed in on this device": how long the cookie lives.</summary>
    [Range(1, 90)] public int KeepSignedInDays { get; set; } = 14;

    /// <summary>A refused sign-in answers no sooner than this, whether or not the account exists.</summary>
    [Range(0, 10_000)] public int FailedSignInMilliseconds { get; set; } = 500;
}
