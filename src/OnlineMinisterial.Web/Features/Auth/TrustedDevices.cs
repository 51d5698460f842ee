using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// A device cookie (ADR 0019): after a successful sign-in the browser keeps a signed note of who signed in on it.
/// Failed attempts from such a device are throttled apart and never lock the account, so a guesser elsewhere cannot
/// lock a seat holder out of the device they use. The cookie proves nothing by itself: the password is still checked.
/// </summary>
internal sealed class TrustedDevices(IDataProtectionProvider protection)
{
    public const string CookieName = "om.device";
    private const int MaxPeople = 5;
    private readonly IDataProtector _protector = protection.CreateProtector("OnlineMinisterial.TrustedDevice.v1");

    /// <summary>The device's id if it carries a valid note naming the person, else null.</summary>
    public string? DeviceFor(HttpContext http, string personId)
    {
        var note = Read(http);
        return note is not null && note.People.Contains(personId) ? note.DeviceId : null;
    }

    public void Remember(HttpContext http, string personId)
    {
        var note = Read(http) ?? new Note(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), []);
        var people = note.People.Where(p => p != personId).Prepend(personId).Take(MaxPeople).ToArray();
        http.Response.Cookies.Append(CookieName, _protector.Protect($"{note.DeviceId}|{string.Join(',', people)}"), new CookieOptions
        {
            HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Strict, Path = "/api/auth",
            MaxAge = TimeSpan.FromDays(365), IsEssential = true,
        });
    }

    private Note? Read(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value)) return null;
        try
        {
            var parts = _protector.Unprotect(value).Split('|');
            return parts.Length == 2 ? new Note(parts[0], parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries)) : null;
        }
        catch (CryptographicException)
        {
            return null; // forged, or signed with keys this app no longer has
        }
    }

    private sealed record Note(string DeviceId, string[] People);
}
