using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Languages;

/// <summary>
/// Sends the app's HTML pages with <c>&lt;html lang dir&gt;</c> set to the language the page opens in, so the
/// browser lays out right to left (and picks fonts and hyphenation) from the first paint; the page's script then
/// loads the catalogue of that language.
/// </summary>
public static class LocalisedPages
{
    private const string Marker = "<html lang=\"en\">";

    /// <summary>An HTML file of the web root, answered in the visitor's language.</summary>
    public static async Task<IResult> PageAsync(HttpContext http, IWebHostEnvironment env, string file)
    {
        var language = await http.RequestServices.GetRequiredService<PageLanguage>().ChooseAsync(http, http.RequestAborted);
        var html = await File.ReadAllTextAsync(Path.Combine(env.WebRootPath, file), http.RequestAborted);
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.Vary = "Accept-Language, Cookie";
        return Results.Content(Localise(html, language), "text/html; charset=utf-8");
    }

    public static string Localise(string html, string language) =>
        html.Replace(Marker, $"<html lang=\"{language}\" dir=\"{ConferenceLanguages.Direction(language)}\">", StringComparison.Ordinal);

    /// <summary>
    /// The static files would send "/" and "/page.html" as they are on disk; this answers them first. The cookie
    /// is read here because the page is served before the authentication middleware runs. Every other request (a
    /// hub's WebSocket among them, which lasts as long as its connection) gets next's task as it is, with no frame of
    /// this middleware held while it runs.
    /// </summary>
    public static IApplicationBuilder UseLocalisedPages(this IApplicationBuilder app) => app.Use((http, next) =>
        PageFile(http) is { } file ? ServeAsync(http, file) : next(http));

    private static string? PageFile(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        if (!HttpMethods.IsGet(http.Request.Method) || !(path == "/" || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)))
            return null;
        var env = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var file = path == "/" ? "index.html" : path.TrimStart('/');
        var info = env.WebRootFileProvider.GetFileInfo(file);
        return !info.Exists || info.IsDirectory || file.Contains("..", StringComparison.Ordinal) ? null : file;
    }

    private static async Task ServeAsync(HttpContext http, string file)
    {
        var env = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var auth = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (auth.Succeeded) http.User = auth.Principal;
        await (await PageAsync(http, env, file)).ExecuteAsync(http);
    }
}
