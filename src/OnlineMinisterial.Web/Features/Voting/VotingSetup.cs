using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using System.Text;
using OnlineMinisterial.Web.Features.Scheduling;

namespace OnlineMinisterial.Web.Features.Voting;

public static class VotingSetup
{
    public static IHostApplicationBuilder AddVoting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<Callers>();
        builder.Services.AddSingleton<VotingBroadcaster>(); // one per node: it gathers the casts of each poll (ADR 0060)
        builder.Services.AddScoped<PollQueries>();
        builder.Services.AddScoped<PollCreation>();
        builder.Services.AddScoped<PollLifecycle>();
        builder.Services.AddScoped<SecretBallotStorage>();
        builder.Services.AddScoped<BallotBox>();
        builder.Services.AddScoped<ITransitionHandler, ClosePollHandler>();
        return builder;
    }

    /// <summary>The voting hub (polls and the declaration, live) and the read-only poll API.</summary>
    public static IEndpointRouteBuilder MapVoting(this IEndpointRouteBuilder app)
    {
        app.MapHub<VotingHub>(VotingHub.Path);

        var polls = app.MapGroup("/api/polls").WithTags("Voting");
        polls.MapGet("/", GetPolls).WithSummary("Every poll, newest first, as the caller may see it (the running tally is the secretariat's).");
        polls.MapGet("/{id:guid}", GetPoll).WithSummary("One poll: turnout, who has not voted, and the result once published.");
        polls.MapGet("/{id:guid}/results.json", GetResultsJson).WithSummary("The published result; a secret poll's has totals only.");
        polls.MapGet("/{id:guid}/results.csv", GetResultsCsv).WithSummary("The published result as CSV; a secret poll's has totals only.");
        return app;
    }

    private static async Task<Ok<PollsSnapshot>> GetPolls(ClaimsPrincipal user, PollQueries polls, CancellationToken ct) =>
        TypedResults.Ok(await polls.ListAsync(user, ct));

    private static async Task<Ok<PollSnapshot>> GetPoll(Guid id, ClaimsPrincipal user, PollQueries polls, CancellationToken ct) =>
        TypedResults.Ok(await polls.GetAsync(user, id, ct));

    private static async Task<Ok<PollResultsDocument>> GetResultsJson(Guid id, PollQueries polls, CancellationToken ct) =>
        TypedResults.Ok(await polls.ResultsAsync(id, ct));

    private static async Task<FileContentHttpResult> GetResultsCsv(Guid id, PollQueries polls, CancellationToken ct)
    {
        var document = await polls.ResultsAsync(id, ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(document.ToCsv()), "text/csv; charset=utf-8", $"poll-{id}-results.csv");
    }
}
