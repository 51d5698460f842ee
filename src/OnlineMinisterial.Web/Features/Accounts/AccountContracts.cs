namespace OnlineMinisterial.Web.Features.Accounts;

public enum AccountState
{
    Active,
    Locked,
    Deactivated,
}

/// <summary>One account as the secretariat sees it. LockedUntil: when sign-ins from unknown devices work again.</summary>
public sealed record AccountView(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, string? DelegationCode,
    AccountState State, DateTimeOffset? LockedUntil, DateTimeOffset? DeactivatedAt);

public sealed record AccountList(IReadOnlyList<AccountView> Accounts, int Total);
