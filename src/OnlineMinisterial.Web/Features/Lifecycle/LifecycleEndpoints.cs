using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Lifecycle;

/// <summary>The lifecycle commands over REST, for the agenda editor and tools; the chair's console uses the floor hub.</summary>
public static class LifecycleEndpoints
{
    public static IEndpointRouteBuilder MapLifecycle(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions/{id:guid}").WithTags("Session lifecycle").AddEndpointFilter<AntiforgeryFilter>();
        group.MapPost("/open", (Guid id, LifecycleRequest input, ClaimsPrincipal user, LifecycleService s, CancellationToken ct) => Ok(s.OpenNowAsync(user, id, input.Version, ct)))
            .WithSummary("Opens a scheduled session now, ahead of its start (its chair or the secretariat).");
        group.MapPost("/suspend", (Guid id, LifecycleRequest input, ClaimsPrincipal user, LifecycleService s, CancellationToken ct) => Ok(s.SuspendAsync(user, id, input.Version, ct)))
            .WithSummary("Suspends a live session; the running speech pauses with it.");
        group.MapPost("/resume", (Guid id, LifecycleRequest input, ClaimsPrincipal user, LifecycleService s, CancellationToken ct) => Ok(s.ResumeAsync(user, id, input.Version, ct)))
            .WithSummary("Resumes a suspended or adjourned session; a speech paused by the suspension runs again.");
        group.MapPost("/adjourn", (Guid id, AdjournRequest input, ClaimsPrincipal user, LifecycleService s, CancellationToken ct) => Ok(s.AdjournAsync(user, id, input.ResumeAt, input.Version, ct)))
            .WithSummary("Suspends the session until a planned resume time (UTC), when the schedule resumes it.");
        group.MapPost("/close", (Guid id, CloseRequest input, ClaimsPrincipal user, LifecycleService s, CancellationToken ct) => Ok(s.CloseAsync(user, id, input.EndSpeech, input.Version, ct)))
            .WithSummary("Closes the session for good and builds its record; refused mid-speech (session.speech_running) unless endSpeech is true.");
        return app;
    }

    private static async Task<Ok<SessionStateView>> Ok(Task<SessionStateView> command) => TypedResults.Ok(await command);
}
