using System.ComponentModel.DataAnnotations;

namespace OnlineMinisterial.Web.Features.Auth;

public sealed record SignInRequest([property: Required] string Email, [property: Required] string Password);

public sealed record AntiforgeryToken(string Token);

public sealed record SignInStatus(bool SignedIn);

public sealed record DelegationRef(Guid Id, string Code, string Name);

public sealed record CurrentPerson(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, DelegationRef? Delegation,
    string? SeatRole, bool HoldsSeat);
