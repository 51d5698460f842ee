using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Demo;

/// <summary>Who can sign in to the demo. Every delegation has a head (its seat holder); six also have an alternate.</summary>
internal static class DemoAccounts
{
    public sealed record Account(string Email, string DisplayName, string Role, string? DelegationCode = null, SeatRole? SeatRole = null);

    public static readonly string[] WithAlternates = ["USA", "KAZ", "MEX", "CAN", "IND", "GBR"];

    public static string Email(string localPart) => $"{localPart}@{DemoOptions.EmailDomain}";

    public static string HeadEmail(string code) => Email($"{code.ToLowerInvariant()}.head");

    public static string AlternateEmail(string code) => Email($"{code.ToLowerInvariant()}.alternate");

    public static readonly Account Secretariat = new(Email("secretariat"), "Conference Secretariat", Roles.Secretariat);
    public static readonly Account Chair = new(Email("chair"), "Conference Chair", Roles.Chair);
    public static readonly Account Moderator = new(Email("moderator"), "Panel Moderator", Roles.Chair);
    public static readonly Account Observer = new(Email("observer"), "Press Observer", Roles.Observer);

    /// <summary>A guest panelist: an observer account invited to the first panel, so the moderator can put her on stage.</summary>
    public static readonly Account GuestPanelist = new(Email("guest.panelist"), "Dr. Amara Okafor, forensic chemist", Roles.Observer);

    public static IEnumerable<Account> All()
    {
        yield return Secretariat;
        yield return Chair;
        yield return Moderator;
        yield return Observer;
        yield return GuestPanelist;
        foreach (var d in DemoDelegations.All)
        {
            yield return new Account(HeadEmail(d.Code), $"Head of Delegation, {d.Name}", Roles.Delegate, d.Code, SeatRole.Head);
            if (WithAlternates.Contains(d.Code))
                yield return new Account(AlternateEmail(d.Code), $"Alternate, {d.Name}", Roles.Delegate, d.Code, SeatRole.Alternate);
        }
        yield return new Account(Email("kaz.adviser"), "Adviser, Kazakhstan", Roles.Delegate, "KAZ", SeatRole.Adviser);
    }
}
