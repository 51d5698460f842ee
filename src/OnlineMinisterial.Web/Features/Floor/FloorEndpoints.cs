using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OnlineMinisterial.Web.Features.Floor;

public static class FloorEndpoints
{
    /// <summary>The floor hub, and REST reads of a session's floor for pages and the record of proceedings.</summary>
    public static IEndpointRouteBuilder MapFloor(this IEndpointRouteBuilder app)
    {
        app.MapHub<FloorHub>(FloorHub.Path);
        var session = app.MapGroup("/api/sessions/{id:guid}").WithTags("Floor");
        session.MapGet("/floor", GetFloor)
            .WithSummary("The session's list of speakers now, with its version; speaking totals only for its chair and the secretariat.");
        session.MapGet("/speeches", GetSpeeches)
            .WithSummary("Every speech of the session in order: who, for which delegation, kind, start, end and duration.");
        return app;
    }

    private static async Task<Ok<FloorSnapshot>> GetFloor(Guid id, ClaimsPrincipal user, FloorReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.SnapshotAsync(user, id, ct));

    private static async Task<Ok<IReadOnlyList<SpeechRecord>>> GetSpeeches(Guid id, FloorReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.SpeechesAsync(id, ct));
}
