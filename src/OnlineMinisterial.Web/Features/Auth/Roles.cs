namespace OnlineMinisterial.Web.Features.Auth;

public static class Roles
{
    public const string Secretariat = "Secretariat";
    public const string Chair = "Chair";
    public const string Delegate = "Delegate";
    public const string Observer = "Observer";

    public static readonly string[] All = [Secretariat, Chair, Delegate, Observer];
}
