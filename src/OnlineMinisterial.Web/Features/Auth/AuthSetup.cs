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
        builder.Services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        // Identity's default password rules stay on; its lockout counts failures from unknown devices only (ADR 0019).
        builder.Services.AddIdentity<Person, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = limits.LockoutFailures;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(limits.LockoutMinutes);
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
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure over HTTPS, also behind a TLS proxy
            o.LoginPath = "/signin";
            // A session cookie unless the person asks to be kept signed in (SignInService); either way it ends after
            // this long without a request, and whenever the security stamp changes (checked on every request).
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(auth.IdleTimeoutMinutes);
            o.Events.OnValidatePrincipal = SessionStamp.ValidateCookieAsync;
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
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        builder.Services.AddScoped<SignInService>();
        builder.Services.AddScoped<PersonSessions>();
        builder.Services.AddSingleton<TrustedDevices>();
        builder.Services.AddSingleton<SessionStamp>();
        builder.Services.AddSingleton<HubConnectionRegistry>();
        builder.Services.AddSingleton<SessionEndSignal>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SessionEndSignal>());
        builder.AddRateLimits();
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
