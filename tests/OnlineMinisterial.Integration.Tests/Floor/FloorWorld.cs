using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Floor;

/// <summary>
/// The real app over a throwaway database with the demo conference (its opening session is live), and the
/// people in it as floor clients. One world per test, so no test sees another's list.
/// </summary>
internal sealed class FloorWorld : IAsyncDisposable
{
    private readonly TestDatabase _db;
    private readonly List<FloorClient> _clients = [];

    private FloorWorld(TestDatabase db, AppHost host, Guid liveSessionId)
    {
        _db = db;
        Host = host;
        LiveSessionId = liveSessionId;
    }

    public AppHost Host { get; }

    /// <summary>"Opening remarks by the Chair": live, chaired by chair@.</summary>
    public Guid LiveSessionId { get; }

    public static async Task<FloorWorld> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var host = new AppHost(db, settings);
        var live = await host.WithDbAsync(d => d.Sessions.Where(s => s.State == SessionState.Live).Select(s => s.Id).SingleAsync());
        return new FloorWorld(db, host, live);
    }

    public Task<Guid> ScheduledSessionIdAsync(SessionKind kind = SessionKind.Plenary) =>
        Host.WithDbAsync(d => d.Sessions.Where(s => s.State == SessionState.Scheduled && s.Kind == kind)
            .OrderBy(s => s.Ordinal).Select(s => s.Id).FirstAsync());

    public Task<Guid> DelegationIdAsync(string code) =>
        Host.WithDbAsync(d => d.Delegations.Where(x => x.Code == code).Select(x => x.Id).SingleAsync());

    /// <summary>Signs the person in and opens a floor hub connection, without joining any session.</summary>
    public async Task<FloorClient> ConnectAsync(string email)
    {
        var participant = await Host.SignInAsync(email);
        var client = new FloorClient(participant, await participant.ConnectAsync(FloorClient.HubPath));
        _clients.Add(client);
        return client;
    }

    /// <summary>Connected and joined to the live session, recording its events from before the join.</summary>
    public async Task<FloorClient> JoinLiveAsync(string email)
    {
        var client = await ConnectAsync(email);
        await client.JoinAsync(LiveSessionId);
        return client;
    }

    public Task<FloorClient> DelegateAsync(string code) => JoinLiveAsync(DemoLogins.Head(code));

    public Task<FloorClient> ChairAsync() => JoinLiveAsync(DemoLogins.Chair);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) await client.Participant.DisposeAsync();
        await Host.DisposeAsync();
        await _db.DisposeAsync();
    }
}
