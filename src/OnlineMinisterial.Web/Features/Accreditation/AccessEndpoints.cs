using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>
/// Everything a person reaches without being signed in, through a link or a public form: setup, invitation,
/// forgot and reset password, the accreditation request. One route group, so that one rate-limiting policy covers
/// them all.
/// </summary>
public static class AccessEndpoints
{
    public static RouteGroupBuilder MapAccess(this IEndpointRouteBuilder app)
    {
        var access = app.MapGroup("/api/access").WithTags("Access (links and public forms)").AllowAnonymous().AddEndpointFilter<AntiforgeryFilter>()
            .RequireRateLimiting(RateLimitPolicies.Credentials);
        access.MapPost("/links/check", Check).WithSummary("Who a setup, invitation or reset link is for, and until when it works; does not use it.");
        access.MapPost("/setup", SetUp).WithSummary("First run: redeems the setup link, creates the secretariat account and the conference, signs in.");
        access.MapPost("/invitation", AcceptInvitation).WithSummary("Redeems an invitation link, sets the first password, signs in.");
        access.MapPost("/forgot-password", Forgot).WithSummary("Sends a reset link if the address has an account; answers the same either way.");
        access.MapPost("/reset-password", Reset).WithSummary("Redeems a reset link and sets a new password, signs in.");
        access.MapPost("/accreditation-requests", Request).WithSummary("Observers and press ask for accreditation; the secretariat decides.");
        return access;
    }

    private static async Task<Ok<LinkCheck>> Check(LinkCheckRequest request, Passwords passwords, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await passwords.CheckAsync(request, time, ct));

    private static async Task<NoContent> SetUp(SetupRequest request, SetupService setup, SignInManager<Person> signIn, CancellationToken ct)
    {
        await signIn.SignInAsync(await setup.SetUpAsync(request, ct), isPersistent: false);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> AcceptInvitation(SetPasswordRequest request, Passwords passwords, SignInManager<Person> signIn, CancellationToken ct)
    {
        await signIn.SignInAsync(await passwords.SetWithLinkAsync(AccessLinkPurpose.Invitation, request, ct), isPersistent: false);
        return TypedResults.NoContent();
    }

    private static async Task<Accepted<Accepted>> Forgot(ForgotPasswordRequest request, Passwords passwords, CancellationToken ct)
    {
        await passwords.ForgotAsync(request, ct);
        return TypedResults.Accepted((string?)null, new Accepted("If this address has an account, a link to reset its password is on its way."));
    }

    private static async Task<NoContent> Reset(SetPasswordRequest request, Passwords passwords, SignInManager<Person> signIn, CancellationToken ct)
    {
        await signIn.SignInAsync(await passwords.SetWithLinkAsync(AccessLinkPurpose.PasswordReset, request, ct), isPersistent: false);
        return TypedResults.NoContent();
    }

    private static async Task<Accepted<Accepted>> Request(AccreditationRequestInput input, Decisions decisions, CancellationToken ct)
    {
        await decisions.RequestAsync(input, ct);
        return TypedResults.Accepted((string?)null, new Accepted("Your request has been received; the secretariat will answer by e-mail."));
    }
}
