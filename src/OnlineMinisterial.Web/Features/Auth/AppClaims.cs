namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>Claims the app adds to the sign-in cookie so hubs and endpoints know the delegation without a query.</summary>
public static class AppClaims
{
    public const string DelegationId = "om:delegation";
    public const string DisplayName = "om:name";
}
