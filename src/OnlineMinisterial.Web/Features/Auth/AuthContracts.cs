using System.ComponentModel.DataAnnotations;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>keepSignedIn: keep the cookie after the browser closes (for KeepSignedInDays); returnUrl: where to go next.</summary>
public sealed record SignInRequest([property: Required] string Email, [property: Required] string Password, bool KeepSignedIn = false,
    string? ReturnUrl = null);

/// <summary>The signed-in person, and the same-site path the browser should go to now (the lobby unless a safe path was asked).</summary>
public sealed record SignedIn(CurrentPerson Person, string ReturnUrl);

public sealed record PasswordChange([property: Required] string CurrentPassword, [property: Required] string NewPassword);

public sealed record AntiforgeryToken(string Token);

public sealed record SignInStatus(bool SignedIn);

public sealed record DelegationRef(Guid Id, string Code, string Name);

public sealed record CurrentPerson(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, DelegationRef? Delegation,
    string? SeatRole, bool HoldsSeat, string? PreferredLanguage = null);
