namespace OnlineMinisterial.Web.Infrastructure.Hosting;

public static class PagesSetup
{
    /// <summary>Friendly addresses for the app's static pages; the pages fetch their data from the API.</summary>
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", (IWebHostEnvironment env) => Page(env, "signin.html")).AllowAnonymous().ExcludeFromDescription();
        // Pages opened from a link or a public form: each asks the API, which checks the token.
        foreach (var (path, file) in new[] { ("/setup", "setup.html"), ("/welcome", "welcome.html"), ("/reset-password", "welcome.html"),
                     ("/forgot-password", "forgot.html"), ("/accreditation", "accreditation-request.html") })
            app.MapGet(path, (IWebHostEnvironment env) => Page(env, file)).AllowAnonymous().ExcludeFromDescription();
        foreach (var (path, file) in new[] { ("/delegations", "delegations.html"), ("/participants", "participants.html"),
                     ("/outbox", "outbox.html"), ("/my-delegation", "my-delegation.html") })
            app.MapGet(path, (IWebHostEnvironment env) => Page(env, file)).ExcludeFromDescription();
        // Signed-in pages: the fallback policy applies, and the cookie sends an anonymous visitor to /signin first.
        app.MapGet("/session", (IWebHostEnvironment env) => Page(env, "session.html")).ExcludeFromDescription();
        app.MapGet("/chair", (IWebHostEnvironment env) => Page(env, "chair.html")).ExcludeFromDescription();
        app.MapGet("/declaration", (IWebHostEnvironment env) => Page(env, "declaration.html")).ExcludeFromDescription();
        app.MapGet("/vote", (IWebHostEnvironment env) => Page(env, "vote.html")).ExcludeFromDescription();
        app.MapGet("/secretariat", (IWebHostEnvironment env) => Page(env, "secretariat.html")).ExcludeFromDescription();
        app.MapGet("/agenda", (IWebHostEnvironment env) => Page(env, "agenda.html")).ExcludeFromDescription();
        app.MapGet("/panel", (IWebHostEnvironment env) => Page(env, "panel.html")).ExcludeFromDescription();
        app.MapGet("/record", (IWebHostEnvironment env) => Page(env, "record.html")).ExcludeFromDescription();
        app.MapGet("/hall", (IWebHostEnvironment env) => Page(env, "hall.html")).ExcludeFromDescription();
        app.MapGet("/accounts", (IWebHostEnvironment env) => Page(env, "accounts.html")).ExcludeFromDescription();
        app.MapGet("/account", (IWebHostEnvironment env) => Page(env, "account.html")).ExcludeFromDescription();
        return app;
    }

    private static IResult Page(IWebHostEnvironment env, string file) =>
        Results.File(Path.Combine(env.WebRootPath, file), "text/html; charset=utf-8");
}
