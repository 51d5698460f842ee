using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Accounts;

public static class AccountEndpoints
{
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<AccountService>();
        builder.Services.AddScoped<AccountQueries>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/accounts").WithTags("Accounts (secretariat)")
            .AddEndpointFilter<SecretariatOnlyFilter>().AddEndpointFilter<AntiforgeryFilter>();
        group.MapGet("/", List).WithSummary("Accounts by name, with their state (Active, Locked, Deactivated); search matches e-mail or name.");
        group.MapPost("/{userId}/unlock", (string userId, ClaimsPrincipal user, AccountService accounts, CancellationToken ct) =>
                Ok(accounts.UnlockAsync(user, userId, ct)))
            .WithSummary("Lifts a lockout now: sign-ins from unknown devices work again.");
        group.MapPost("/{userId}/deactivate", (string userId, ClaimsPrincipal user, AccountService accounts, CancellationToken ct) =>
                Ok(accounts.DeactivateAsync(user, userId, ct)))
            .WithSummary("Deactivates the account: it cannot sign in, every session ends and its open connections close.");
        group.MapPost("/{userId}/reactivate", (string userId, ClaimsPrincipal user, AccountService accounts, CancellationToken ct) =>
                Ok(accounts.ReactivateAsync(user, userId, ct)))
            .WithSummary("Lets a deactivated account sign in again.");
        group.MapPost("/{userId}/end-sessions", (string userId, ClaimsPrincipal user, AccountService accounts, CancellationToken ct) =>
                Ok(accounts.EndSessionsAsync(user, userId, ct)))
            .WithSummary("Signs the person out everywhere: every cookie stops working and open connections close.");
        return app;
    }

    private static async Task<Ok<AccountList>> List(string? search, AccountState? state, AccountQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(search, state, null, ct));

    private static async Task<Ok<AccountView>> Ok(Task<AccountView> action) => TypedResults.Ok(await action);
}
