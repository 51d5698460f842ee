using Microsoft.Extensions.Options;
using OnlineMinisterial.Web.Infrastructure.Health;

namespace OnlineMinisterial.Web.Features.Media;

public static class MediaSetup
{
    /// <summary>Audio and video: nothing with Media:Provider=None; with Janus, a room per live session that follows the floor.</summary>
    public static IHostApplicationBuilder AddMedia(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<MediaReader>();
        builder.Services.AddSingleton<MediaKeys>();
        builder.Services.AddSingleton<BrowserTokens>();
        var provider = builder.Configuration.GetValue($"{MediaOptions.Section}:{nameof(MediaOptions.Provider)}", MediaProvider.None);
        if (provider != MediaProvider.Janus)
        {
            builder.Services.AddSingleton<IMediaFollower, NoMedia>();
            return builder;
        }
        builder.Services.AddHttpClient<JanusClient>(JanusClient.HttpClientName, (sp, http) =>
            http.Timeout = TimeSpan.FromMilliseconds(sp.GetRequiredService<IOptions<MediaOptions>>().Value.Janus.TimeoutMilliseconds));
        builder.Services.AddScoped<JanusRooms>();
        builder.Services.AddSingleton<JanusFollower>();
        builder.Services.AddSingleton<IMediaFollower>(sp => sp.GetRequiredService<JanusFollower>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<JanusFollower>());
        builder.Services.AddHealthChecks().AddCheck<JanusHealthCheck>("janus", tags: [HealthSetup.ReadyTag]);
        return builder;
    }

    /// <summary>The origin pages call Janus at (for the content security policy), when media is on.</summary>
    public static IEnumerable<string> MediaOrigins(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MediaOptions>>().Value;
        return options.Provider == MediaProvider.Janus ? [options.Janus.BrowserUrl.GetLeftPart(UriPartial.Authority)] : [];
    }
}
