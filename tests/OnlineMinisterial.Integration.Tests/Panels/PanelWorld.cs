using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Panels;

/// <summary>
/// The real app over a throwaway database with the demo conference, its "Panel I" opened (the demo schedules it
/// for later), and the people in it as panel clients. One world per test, so no test sees another's board.
/// </summary>
internal sealed class PanelWorld : IAsyncDisposable
{
    private readonly TestDatabase _db;
    private readonly List<PanelClient> _clients = [];

    private PanelWorld(TestDatabase db, AppHost host, Guid panelId)
    {
        _db = db;
        Host = host;
        PanelId = panelId;
    }

    public AppHost Host { get; }

    /// <summary>"Panel I", live, moderated by moderator@.</summary>
    public Guid PanelId { get; }

    public static async Task<PanelWorld> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var host = new AppHost(db, settings);
        var panelId = await host.WithDbAsync(async d =>
        {
            var panel = await d.Sessions.Where(s => s.Kind == SessionKind.Panel).OrderBy(s => s.Ordinal).FirstAsync();
            panel.Open(DateTimeOffset.UtcNow);
            await d.SaveChangesAsync();
            return panel.Id;
        });
        return new PanelWorld(db, host, panelId);
    }

    public Task<Guid> PlenaryIdAsync() =>
        Host.WithDbAsync(d => d.Sessions.Where(s => s.Kind == SessionKind.Plenary && s.State == SessionState.Live).Select(s => s.Id).FirstAsync());

    public Task<Guid> DelegationIdAsync(string code) =>
        Host.WithDbAsync(d => d.Delegations.Where(x => x.Code == code).Select(x => x.Id).SingleAsync());

    public Task<string> PersonIdAsync(string email) =>
        Host.WithDbAsync(d => d.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public Task<int> AuditCountAsync(string actionPrefix) =>
        Host.WithDbAsync(d => d.AuditEntries.CountAsync(a => a.Action.StartsWith(actionPrefix)));

    /// <summary>Signs the person in and opens a panel hub connection, without joining.</summary>
    public async Task<PanelClient> ConnectAsync(string email)
    {
        var participant = await Host.SignInAsync(email);
        var person = await Host.WithDbAsync(d => d.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.DisplayName }).SingleAsync());
        var client = new PanelClient(participant, await participant.ConnectAsync(PanelClient.HubPath), person.Id, person.DisplayName);
        _clients.Add(client);
        return client;
    }

    /// <summary>Connected and joined to the panel.</summary>
    public async Task<PanelClient> JoinAsync(string email)
    {
        var client = await ConnectAsync(email);
        await client.JoinAsync(PanelId);
        return client;
    }

    public Task<PanelClient> DelegateAsync(string code) => JoinAsync(DemoLogins.Head(code));

    public Task<PanelClient> ModeratorAsync() => JoinAsync(DemoLogins.Moderator);

    public Task<PanelClient> ObserverAsync() => JoinAsync(DemoLogins.Observer);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) await client.Participant.DisposeAsync();
        await Host.DisposeAsync();
        await _db.DisposeAsync();
    }
}
