using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Auth;

public static class AuthSetup
{
    public const string SecretariatPolicy = "Secretariat";
    public const string AntiforgeryHeader = "X-XSRF-TOKEN";

    public static IHostApplicationBuilder AddAuth(this IHostApplicationBuilder builder)
    {
        // Identity's default password and lockout rules stay on; only the demo accounts have preset passwords.
        builder.Services.AddIdentity<Person, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddClaimsPrincipalFactory<PersonClaimsFactory>()
            .AddDefaultTokenProviders();

        builder.Services.AddDataProtection().SetApplicationName("OnlineMinisterial").PersistKeysToDbContext<AppDbContext>()
            .ProtectKeysWhenConfigured(builder.Configuration);

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "om.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/signin";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            // APIs and hubs answer with status codes; only page navigations are redirected to the sign-in page.
            o.Events.OnRedirectToLogin = ctx => StatusOrRedirect(ctx.HttpContext, StatusCodes.Status401Unauthorized, ctx.RedirectUri);
            o.Events.OnRedirectToAccessDenied = ctx => StatusOrRedirect(ctx.HttpContext, StatusCodes.Status403Forbidden, null);
        });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(SecretariatPolicy, p => p.RequireRole(Roles.Secretariat));

        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryHeader;
            o.Cookie.Name = "om.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return builder;
    }

    private static Task StatusOrRedirect(HttpContext http, int status, string? redirect)
    {
        var isPageNavigation = HttpMethods.IsGet(http.Request.Method)
            && !http.Request.Path.StartsWithSegments("/api")
            && !http.Request.Path.StartsWithSegments("/hubs")
            && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        if (redirect is not null && isPageNavigation)
        {
            http.Response.Redirect(redirect);
            return Task.CompletedTask;
        }
        http.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
