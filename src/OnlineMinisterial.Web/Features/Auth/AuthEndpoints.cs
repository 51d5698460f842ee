using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Auth;

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in").AddEndpointFilter<AntiforgeryFilter>();
        auth.MapGet("/antiforgery", GetAntiforgeryToken).AllowAnonymous()
            .WithSummary("Issues the anti-forgery token to send as X-XSRF-TOKEN on every state-changing request. Fetch it again after signing in.");
        auth.MapPost("/signin", SignIn).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Credentials)
            .WithSummary("Signs in with email and password; sets the auth cookie (a session cookie unless keepSignedIn) and answers where to go next.");
        auth.MapPost("/signout", SignOut)
            .WithSummary("Signs out: every cookie of the person stops working and their open hub connections close, on every device.");
        auth.MapPost("/password", ChangePassword).RequireRateLimiting(RateLimitPolicies.Credentials)
            .WithSummary("Changes the signed-in person's password; every other session of theirs ends, this browser stays signed in.");
        // The sign-in page asks this rather than /api/me: a 401 there would be logged as an error in every visitor's console.
        auth.MapGet("/status", GetStatus).AllowAnonymous().WithSummary("Whether this browser is signed in (200 either way).");

        app.MapGet("/api/me", GetMe).WithTags("Sign-in").WithSummary("The signed-in person, their roles, delegation and seat.");
        return app;
    }

    private static Ok<AntiforgeryToken> GetAntiforgeryToken(HttpContext http, IAntiforgery antiforgery) =>
        TypedResults.Ok(new AntiforgeryToken(antiforgery.GetAndStoreTokens(http).RequestToken!));

    private static async Task<Results<Ok<SignedIn>, ProblemHttpResult>> SignIn(SignInRequest request, HttpContext http,
        SignInService signIn, UserManager<Person> users, AppDbContext db)
    {
        try
        {
            var person = await signIn.SignInAsync(http, request.Email, request.Password, request.KeepSignedIn);
            return TypedResults.Ok(new SignedIn(await DescribeAsync(db, users, person), ReturnAddress.SafeOrLobby(request.ReturnUrl)));
        }
        catch (DomainException e) when (e.Code is ErrorCodes.InvalidCredentials or ErrorCodes.LockedOut or ErrorCodes.Deactivated or ErrorCodes.RateLimited)
        {
            return Refused(http, e);
        }
    }

    private static Ok<SignInStatus> GetStatus(ClaimsPrincipal user) =>
        TypedResults.Ok(new SignInStatus(user.Identity?.IsAuthenticated == true));

    private static async Task<NoContent> SignOut(ClaimsPrincipal user, SignInManager<Person> signIn, PersonSessions sessions)
    {
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is { } personId) await sessions.EndAsync(personId);
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangePassword(PasswordChange request, ClaimsPrincipal user,
        UserManager<Person> users, SignInManager<Person> signIn, PersonSessions sessions)
    {
        var person = await users.GetUserAsync(user) ?? throw new DomainException(ErrorCodes.Unauthenticated, "Sign in first.");
        var result = await users.ChangePasswordAsync(person, request.CurrentPassword ?? "", request.NewPassword ?? "");
        if (!result.Succeeded)
        {
            var wrong = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            throw new DomainException(wrong ? ErrorCodes.PasswordWrong : ErrorCodes.PasswordWeak,
                wrong ? "The current password is not right." : string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        // ChangePasswordAsync renewed the security stamp: every other cookie is dead. Close the open connections
        // (this browser's reconnect with its new cookie) and give this browser a cookie with the new stamp.
        await sessions.CloseConnectionsAsync(person.Id);
        await signIn.RefreshSignInAsync(person);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<CurrentPerson>, UnauthorizedHttpResult>> GetMe(ClaimsPrincipal user, UserManager<Person> users, AppDbContext db)
    {
        var person = await users.GetUserAsync(user);
        return person is null ? TypedResults.Unauthorized() : TypedResults.Ok(await DescribeAsync(db, users, person));
    }

    private static async Task<CurrentPerson> DescribeAsync(AppDbContext db, UserManager<Person> users, Person person)
    {
        var roles = (await users.GetRolesAsync(person)).Order().ToList();
        var delegation = person.DelegationId is null ? null
            : await db.Delegations.Where(d => d.Id == person.DelegationId)
                .Select(d => new { d.Id, d.Code, d.Name, d.SeatHolderId }).FirstOrDefaultAsync();
        return new CurrentPerson(person.Id, person.DisplayName, person.Email ?? "", roles,
            delegation is null ? null : new DelegationRef(delegation.Id, delegation.Code, delegation.Name),
            person.SeatRole?.ToString(), delegation?.SeatHolderId == person.Id, person.PreferredLanguage);
    }

    private static ProblemHttpResult Refused(HttpContext http, DomainException e)
    {
        if (e.Code == ErrorCodes.RateLimited)
        {
            var seconds = e.Data["retryAfterSeconds"] as int? ?? 60;
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(RateLimitPolicies.Rejection(seconds));
        }
        var status = e.Code switch
        {
            ErrorCodes.LockedOut => StatusCodes.Status423Locked,
            ErrorCodes.Deactivated => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        return TypedResults.Problem(new ProblemDetails
        {
            Status = status, Title = "Sign-in failed", Detail = e.Message, Extensions = { ["code"] = e.Code },
        });
    }
}
