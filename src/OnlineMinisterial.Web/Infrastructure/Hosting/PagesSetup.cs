namespace OnlineMinisterial.Web.Infrastructure.Hosting;

public static class PagesSetup
{
    /// <summary>Friendly addresses for the app's static pages; the pages fetch their data from the API.</summary>
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "signin.html")).AllowAnonymous().ExcludeFromDescription();
        // Pages opened from a link or a public form: each asks the API, which checks the token.
        foreach (var (path, file) in new[] { ("/setup", "setup.html"), ("/welcome", "welcome.html"), ("/reset-password", "welcome.html"),
                     ("/forgot-password", "forgot.html"), ("/accreditation", "accreditation-request.html") })
            app.MapGet(path, (HttpContext http, IWebHostEnvironment env) => Page(http, env, file)).AllowAnonymous().ExcludeFromDescription();
        foreach (var (path, file) in new[] { ("/delegations", "delegations.html"), ("/participants", "participants.html"),
                     ("/outbox", "outbox.html"), ("/my-delegation", "my-delegation.html") })
            app.MapGet(path, (HttpContext http, IWebHostEnvironment env) => Page(http, env, file)).ExcludeFromDescription();
        // Signed-in pages: the fallback policy applies, and the cookie sends an anonymous visitor to /signin first.
        app.MapGet("/session", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "session.html")).ExcludeFromDescription();
        app.MapGet("/chair", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "chair.html")).ExcludeFromDescription();
        app.MapGet("/declaration", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "declaration.html")).ExcludeFromDescription();
        app.MapGet("/vote", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "vote.html")).ExcludeFromDescription();
        app.MapGet("/secretariat", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "secretariat.html")).ExcludeFromDescription();
        app.MapGet("/agenda", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "agenda.html")).ExcludeFromDescription();
        app.MapGet("/panel", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "panel.html")).ExcludeFromDescription();
        app.MapGet("/record", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "record.html")).ExcludeFromDescription();
        app.MapGet("/hall", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "hall.html")).ExcludeFromDescription();
        app.MapGet("/accounts", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "accounts.html")).ExcludeFromDescription();
        app.MapGet("/account", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "account.html")).ExcludeFromDescription();
        return app;
    }

    private static Task<IResult> Page(HttpContext http, IWebHostEnvironment env, string file) =>
        Features.Languages.LocalisedPages.PageAsync(http, env, file);
}
