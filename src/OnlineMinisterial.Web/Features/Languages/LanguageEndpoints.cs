using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Accreditation;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Languages;

public sealed record LanguageChoice(string? Language);

public static class LanguageEndpoints
{
    public static IHostApplicationBuilder AddLanguages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PageLanguage>();
        return builder;
    }

    public static IEndpointRouteBuilder MapLanguages(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/me/language", SetLanguage).WithTags("Sign-in").AddEndpointFilter<AntiforgeryFilter>()
            .WithSummary("Keeps the signed-in person's UI language (ar, zh, en, fr, ru, es); pages open in it from then on.");
        return app;
    }

    private static async Task<NoContent> SetLanguage(LanguageChoice choice, ClaimsPrincipal user, UserManager<Person> users,
        ILoggerFactory logs)
    {
        var language = ConferenceLanguages.Choose(choice.Language);
        var person = await users.GetUserAsync(user) ?? throw new DomainException(ErrorCodes.Unauthenticated, "Sign in first.");
        if (person.PreferredLanguage == language) return TypedResults.NoContent();
        person.PreferredLanguage = language;
        AccountFactory.Check(await users.UpdateAsync(person)); // a change of the account meanwhile is a version.conflict
        logs.CreateLogger(typeof(LanguageEndpoints)).LogInformation("{PersonId} chose the language {Language}", person.Id, language);
        return TypedResults.NoContent();
    }
}
