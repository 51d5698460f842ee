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
        auth.MapPost("/signin", SignIn).AllowAnonymous().WithSummary("Signs in with email and password; sets the auth cookie.");
        auth.MapPost("/signout", SignOut).WithSummary("Signs out and clears the auth cookie.");
        // The sign-in page asks this rather than /api/me: a 401 there would be logged as an error in every visitor's console.
        auth.MapGet("/status", GetStatus).AllowAnonymous().WithSummary("Whether this browser is signed in (200 either way).");

        app.MapGet("/api/me", GetMe).WithTags("Sign-in").WithSummary("The signed-in person, their roles, delegation and seat.");
        return app;
    }

    private static Ok<AntiforgeryToken> GetAntiforgeryToken(HttpContext http, IAntiforgery antiforgery) =>
        TypedResults.Ok(new AntiforgeryToken(antiforgery.GetAndStoreTokens(http).RequestToken!));

    private static async Task<Results<Ok<CurrentPerson>, ProblemHttpResult>> SignIn(SignInRequest request,
        UserManager<Person> users, SignInManager<Person> signIn, AppDbContext db)
    {
        var person = string.IsNullOrWhiteSpace(request.Email) ? null : await users.FindByEmailAsync(request.Email.Trim());
        if (person is null || string.IsNullOrEmpty(request.Password))
            return InvalidCredentials();

        var result = await signIn.PasswordSignInAsync(person, request.Password, isPersistent: true, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status423Locked, Title = "Account locked",
                Detail = "Too many failed attempts. Try again in a few minutes or ask the secretariat.",
                Extensions = { ["code"] = ErrorCodes.LockedOut },
            });
        if (!result.Succeeded) return InvalidCredentials();

        return TypedResults.Ok(await DescribeAsync(db, users, person));
    }

    private static Ok<SignInStatus> GetStatus(ClaimsPrincipal user) =>
        TypedResults.Ok(new SignInStatus(user.Identity?.IsAuthenticated == true));

    private static async Task<NoContent> SignOut(SignInManager<Person> signIn)
    {
        await signIn.SignOutAsync();
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
            person.SeatRole?.ToString(), delegation?.SeatHolderId == person.Id);
    }

    private static ProblemHttpResult InvalidCredentials() => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status400BadRequest, Title = "Sign-in failed",
        Detail = "The email or password is not right.",
        Extensions = { ["code"] = ErrorCodes.InvalidCredentials },
    });
}
