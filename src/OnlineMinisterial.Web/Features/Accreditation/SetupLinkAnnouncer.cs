using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>
/// Prints the one-time setup link once the app listens, when there is nothing to sign in to yet. The link is the
/// only secret in the log, by design: whoever runs the server reads it there.
/// </summary>
internal sealed class SetupLinkAnnouncer(IServiceProvider services, IHostApplicationLifetime lifetime, IServer server,
    IOptions<AccreditationOptions> options, ILogger<SetupLinkAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = AnnounceAsync());
        return Task.CompletedTask;
    }

    private async Task AnnounceAsync()
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            var path = await scope.ServiceProvider.GetRequiredService<SetupService>().IssueLinkAsync(lifetime.ApplicationStopping);
            if (path is null) return;
            var root = options.Value.PublicUrl?.TrimEnd('/')
                ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.Replace("[::]", "localhost").Replace("0.0.0.0", "localhost").TrimEnd('/')
                ?? "";
            logger.LogWarning("No conference is set up yet. Open this one-time link to create the secretariat account and the conference " +
                "(it expires in {Hours} h and works once; every restart before setup issues a new one): {SetupLink}",
                options.Value.SetupLifetime.TotalHours, root + path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("Could not issue the setup link: {Error}", e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
