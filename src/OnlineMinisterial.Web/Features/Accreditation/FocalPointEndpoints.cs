using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>The focal point's API: their delegation's nominations, credentials letter and seat holder.</summary>
public static class FocalPointEndpoints
{
    public static IEndpointRouteBuilder MapFocalPoint(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/my-delegation").WithTags("Accreditation (focal point)").AddEndpointFilter<AntiforgeryFilter>();
        g.MapGet("/", Get).WithSummary("The focal point's delegation: nominations in every state, the credentials letter, the limits.");
        g.MapPost("/nominations", Nominate).WithSummary("Nominates a member (head, representative, alternate or adviser); pending until the secretariat decides.");
        g.MapPost("/nominations/{id:guid}/withdraw", Withdraw).WithSummary("Withdraws a pending nomination.");
        g.MapPost("/credentials", Upload).WithSummary("Uploads the credentials letter: a PDF (multipart field 'file'), size-limited.");
        g.MapPost("/seat-holder", Designate).WithSummary("Designates which accredited member holds the seat (the head by default).");
        return app;
    }

    private static async Task<Ok<MyDelegationView>> Get(ClaimsPrincipal user, FocalPoints focalPoints, CredentialsLetters letters, AppDbContext db,
        IOptions<AccreditationOptions> options, CancellationToken ct)
    {
        var d = await focalPoints.OwnDelegationAsync(user, ct);
        var nominations = (await db.Nominations.AsNoTracking().Where(n => n.DelegationId == d.Id).ToListAsync(ct))
            .OrderBy(n => n.SeatRole).ThenBy(n => n.SubmittedAt).Select(n => Views.Of(n, d.Code)).ToList();
        var conference = await db.Conferences.AsNoTracking().FirstAsync(c => c.Id == d.ConferenceId, ct);
        return TypedResults.Ok(new MyDelegationView(d.Id, d.Code, d.Name, d.SeatHolderId, nominations, Views.Of(await letters.LatestAsync(d.Id, ct)),
            options.Value.Limits, conference.LanguageList));
    }

    private static async Task<Ok<NominationView>> Nominate(PersonInput input, ClaimsPrincipal user, FocalPoints focalPoints, CancellationToken ct) =>
        TypedResults.Ok(await focalPoints.NominateAsync(user, input, ct));

    private static async Task<Ok<NominationView>> Withdraw(Guid id, ClaimsPrincipal user, FocalPoints focalPoints, CancellationToken ct) =>
        TypedResults.Ok(await focalPoints.WithdrawAsync(user, id, ct));

    // The form is read by hand: the file is checked by content, and the anti-forgery header is checked by our filter like every write.
    private static async Task<Ok<LetterView>> Upload(HttpRequest request, ClaimsPrincipal user, CredentialsLetters letters, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        return TypedResults.Ok(await letters.UploadAsync(user, form?.Files.GetFile("file"), ct));
    }

    private static async Task<Ok<SeatChanged>> Designate(SeatHolderRequest input, ClaimsPrincipal user, FocalPoints focalPoints, CancellationToken ct) =>
        TypedResults.Ok(await focalPoints.DesignateSeatHolderAsync(user, input.PersonId, ct));
}
