using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Web.Features.Scheduling;

namespace OnlineMinisterial.Web.Features.Declaration;

public static class DeclarationSetup
{
    public static IHostApplicationBuilder AddDeclaration(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<DeclarationChanges>();
        builder.Services.AddScoped<DeclarationQueries>();
        builder.Services.AddScoped<DraftingCommands>();
        builder.Services.AddScoped<AmendmentCommands>();
        builder.Services.AddScoped<AdoptionCommands>();
        builder.Services.AddScoped<PollOutcomes>();
        builder.Services.AddScoped<ITransitionHandler, EndSilenceHandler>();
        return builder;
    }

    /// <summary>The read-only declaration API; every change goes through the voting hub.</summary>
    public static IEndpointRouteBuilder MapDeclaration(this IEndpointRouteBuilder app)
    {
        var declaration = app.MapGroup("/api/declaration").WithTags("Declaration");
        declaration.MapGet("/", GetDeclaration)
            .WithSummary("The current published version with its changes from the previous one, amendments, silence and adoption.");
        declaration.MapGet("/final", GetFinal).WithSummary("The adopted text with the delegations that joined it and the statements attached.");
        return app;
    }

    private static async Task<Ok<DeclarationSnapshot>> GetDeclaration(ClaimsPrincipal user, DeclarationQueries declarations, CancellationToken ct)
    {
        var snapshot = await declarations.SnapshotAsync(user, ct);
        return snapshot.Declaration is null
            ? throw new DomainException(DeclarationErrors.NotFound, "No declaration has been created yet.")
            : TypedResults.Ok(snapshot);
    }

    private static async Task<Ok<FinalDeclarationView>> GetFinal(DeclarationQueries declarations, CancellationToken ct) =>
        TypedResults.Ok(await declarations.FinalAsync(ct));
}
