using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Languages;

/// <summary>
/// The language a page opens in, decided before it is sent so it never paints in one direction and flips to the
/// other: the signed-in person's choice, else the browser's own choice from the language menu (a cookie), else
/// the first of the six in Accept-Language, else the conference's first language.
/// </summary>
public sealed class PageLanguage(AppDbContext db)
{
    /// <summary>Set by the language menu on every page; read while signed out, and by a signed-in person who has not chosen yet.</summary>
    public const string Cookie = "OnlineMinisterial.Language";

    public async Task<string> ChooseAsync(HttpContext http, CancellationToken ct = default)
    {
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } personId)
        {
            var chosen = await db.Users.AsNoTracking().Where(p => p.Id == personId).Select(p => p.PreferredLanguage).FirstOrDefaultAsync(ct);
            if (ConferenceLanguages.Match(chosen) is { } mine) return mine;
        }
        if (ConferenceLanguages.Match(http.Request.Cookies[Cookie]) is { } browser) return browser;
        var accepted = http.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => ConferenceLanguages.Match(l.Value.Value))
            .FirstOrDefault(l => l is not null);
        if (accepted is not null) return accepted;
        var conference = await db.Conferences.AsNoTracking().OrderBy(one => one.Id).Select(c => c.Languages).FirstOrDefaultAsync(ct);
        return ConferenceLanguages.Match(conference?.Split(',')[0]) ?? "en";
    }
}
