using Microsoft.Extensions.Options;
using OnlineMinisterial.Web.Features.Accreditation.Email;

namespace OnlineMinisterial.Web.Features.Accreditation;

public static class AccreditationSetup
{
    /// <summary>Setup link, delegations, nominations, credentials, sign-in links and the e-mail that carries them.</summary>
    public static IHostApplicationBuilder AddAccreditation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccreditationOptions>().Bind(builder.Configuration.GetSection(AccreditationOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<EmailOptions>().Bind(builder.Configuration.GetSection(EmailOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<FolderOutbox>();
        builder.Services.AddSingleton<SmtpMailer>();
        builder.Services.AddSingleton<IMailer>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.UsesSmtp
            ? sp.GetRequiredService<SmtpMailer>() : sp.GetRequiredService<FolderOutbox>());
        builder.Services.AddScoped<Letters>();
        builder.Services.AddScoped<PublicAddress>();
        builder.Services.AddScoped<AccessLinks>();
        builder.Services.AddScoped<AccountFactory>();
        builder.Services.AddScoped<Invitations>();
        builder.Services.AddScoped<SetupService>();
        builder.Services.AddScoped<DelegationAdmin>();
        builder.Services.AddScoped<FocalPoints>();
        builder.Services.AddScoped<Decisions>();
        builder.Services.AddScoped<Passwords>();
        builder.Services.AddScoped<CredentialsLetters>();
        builder.Services.AddScoped<Participants>();
        builder.Services.AddHostedService<SetupLinkAnnouncer>();
        return builder;
    }

    /// <summary>The anonymous link and form endpoints (one group, returned for rate limiting), the secretariat's and the focal point's APIs.</summary>
    public static RouteGroupBuilder MapAccreditation(this IEndpointRouteBuilder app)
    {
        app.MapAccreditationAdmin();
        app.MapFocalPoint();
        return app.MapAccess();
    }
}
