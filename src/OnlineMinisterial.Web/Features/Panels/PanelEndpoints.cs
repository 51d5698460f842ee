using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>REST for setting a panel up; everything live goes through <see cref="PanelHub"/>.</summary>
public static class PanelEndpoints
{
    public static IEndpointRouteBuilder MapPanelEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/panels/{sessionId:guid}").WithTags("Panels");
        group.MapGet("/", GetPanel).WithSummary("The panel as the caller may see it (the same snapshot as the hub's JoinPanel).");
        group.MapGet("/candidates", GetCandidates).WithSummary("Who the moderator can put on the stage: invited guests, then delegates.");
        group.MapGet("/guests", GetGuests).WithSummary("The guests invited to the panel (moderator and secretariat).");
        group.MapPost("/guests", InviteGuest).AddEndpointFilter<AntiforgeryFilter>()
            .WithSummary("Invites a guest as a possible panelist of this panel, creating an observer account when the email has none.");
        return app;
    }

    private static async Task<Ok<PanelSnapshot>> GetPanel(Guid sessionId, ClaimsPrincipal user, PanelReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.SnapshotAsync(user, sessionId, ct));

    private static async Task<Ok<IReadOnlyList<PanelCandidate>>> GetCandidates(Guid sessionId, ClaimsPrincipal user, PanelReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.CandidatesAsync(user, sessionId, ct));

    private static async Task<Ok<IReadOnlyList<PanelGuestView>>> GetGuests(Guid sessionId, ClaimsPrincipal user, PanelGuestService guests, CancellationToken ct) =>
        TypedResults.Ok(await guests.GuestsAsync(user, sessionId, ct));

    private static async Task<Ok<PanelGuestView>> InviteGuest(Guid sessionId, InviteGuestRequest request, ClaimsPrincipal user,
        PanelGuestService guests, CancellationToken ct) =>
        TypedResults.Ok(await guests.InviteAsync(user, sessionId, request, ct));
}
