using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Features.Presence;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

/// <summary>The agenda API's rules, each refused with its code and no change. One host, changed only by these tests.</summary>
public sealed class AgendaValidationTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private AppHost _host = null!;
    private Participant _secretariat = null!;
    private string _chairId = "";

    public async Task InitializeAsync()
    {
        _db = TestDatabase.Sqlite();
        _host = new AppHost(_db);
        _secretariat = await _host.SignInAsync(DemoLogins.Secretariat);
        _chairId = await Agenda.ChairIdAsync(_secretariat);
    }

    public async Task DisposeAsync()
    {
        await _secretariat.DisposeAsync();
        await _host.DisposeAsync();
        await _db.DisposeAsync();
    }

    private Task<int> SessionCountAsync() => _host.WithDbAsync(db => db.Sessions.CountAsync());

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, await Agenda.CodeOf(response));
    }

    [Fact]
    public async Task Create_EndingBeforeItStarts_IsRefused()
    {
        var start = Agenda.SecondsAhead(3600);
        var response = await Agenda.PostCreateAsync(_secretariat, "Backwards", _chairId, Agenda.Local(start), Agenda.Local(start.AddMinutes(-30)));
        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, ConferenceErrors.EndBeforeStart);
        Assert.Equal(5, await SessionCountAsync());
    }

    [Theory]
    [InlineData("no-such-person")]
    [InlineData("")]
    [InlineData("kaz.head")]
    public async Task Create_WithAChairWhoIsNotAChairOrSecretariat_IsRefused(string chair)
    {
        var chairId = chair == "kaz.head"
            ? await _host.WithDbAsync(db => db.Users.Where(u => u.Email == DemoLogins.Head("KAZ")).Select(u => u.Id).SingleAsync())
            : chair;
        var start = Agenda.SecondsAhead(3600);
        var response = await Agenda.PostCreateAsync(_secretariat, "Unchaired", chairId, Agenda.Local(start), Agenda.Local(start.AddMinutes(30)));
        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, ConferenceErrors.ChairInvalid);
        Assert.Equal(5, await SessionCountAsync());
    }

    [Fact]
    public async Task Create_WithAnOffsetInsteadOfHostTime_OrInThePast_IsRefused()
    {
        var start = Agenda.SecondsAhead(3600);
        var withOffset = await Agenda.PostCreateAsync(_secretariat, "Zoned", _chairId, start.ToString("O"), start.AddMinutes(30).ToString("O"));
        await AssertRefusedAsync(withOffset, HttpStatusCode.BadRequest, ConferenceErrors.LocalTimeExpected);
        var past = DateTimeOffset.UtcNow.AddHours(-2);
        var inThePast = await Agenda.PostCreateAsync(_secretariat, "Yesterday", _chairId, Agenda.Local(past), Agenda.Local(past.AddMinutes(30)));
        await AssertRefusedAsync(inThePast, HttpStatusCode.BadRequest, ConferenceErrors.StartsInPast);
    }

    [Fact]
    public async Task Edit_OfAClosedSession_IsRefused()
    {
        var opening = await _host.WithDbAsync(async db =>
        {
            var s = await db.Sessions.OrderBy(x => x.Ordinal).FirstAsync();
            s.Close(DateTimeOffset.UtcNow); // the demo opening is live; the chair closes it
            await db.SaveChangesAsync();
            return s;
        });

        var response = await _secretariat.PostAsync($"/api/agenda/sessions/{opening.Id}",
            new { title = "Rewritten history", kind = "Plenary", chairId = _chairId }, HttpMethod.Put);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, ConferenceErrors.SessionClosed);
        Assert.Equal(opening.Title, await _host.WithDbAsync(db => db.Sessions.Where(s => s.Id == opening.Id).Select(s => s.Title).SingleAsync()));
    }

    [Fact]
    public async Task Edit_WithAnOldVersion_IsAConflict()
    {
        var session = await Agenda.CreateAsync(_secretariat, "Edited twice", Agenda.SecondsAhead(3600), TimeSpan.FromMinutes(30), _chairId);
        var edit = new { title = "First edit", kind = "Panel", chairId = _chairId, version = session.Version };
        (await _secretariat.PostAsync($"/api/agenda/sessions/{session.Id}", edit, HttpMethod.Put)).EnsureSuccessStatusCode();

        var stale = await _secretariat.PostAsync($"/api/agenda/sessions/{session.Id}", edit with { title = "Second edit" }, HttpMethod.Put);

        await AssertRefusedAsync(stale, HttpStatusCode.Conflict, "version.conflict");
    }

    public static TheoryData<string, string> AgendaEndpoints => new()
    {
        { "GET", "/api/agenda" },
        { "POST", "/api/agenda/sessions" },
        { "PUT", $"/api/agenda/sessions/{Guid.Empty}" },
        { "POST", $"/api/agenda/sessions/{Guid.Empty}/reschedule" },
        { "POST", $"/api/agenda/sessions/{Guid.Empty}/cancel" },
        { "POST", "/api/agenda/reorder" },
    };

    [Theory]
    [MemberData(nameof(AgendaEndpoints))]
    public async Task ADelegate_CallingAgendaEndpoints_Gets403WithCode(string method, string path)
    {
        await using var kaz = await _host.SignInAsync(DemoLogins.Head("KAZ"));
        var response = method == "GET" ? await kaz.Http.GetAsync(path) : await kaz.PostAsync(path, new { }, new HttpMethod(method));
        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task Secretariat_CreatesEditsAndReorders_AndEveryoneSeesEachChange()
    {
        await using var observer = await _host.SignInAsync(DemoLogins.Observer);
        var seen = new EventRecorder<SessionChanged>(await observer.ConnectAsync(), nameof(IConferenceClient.SessionChanged));
        var created = await Agenda.CreateAsync(_secretariat, "Side event", Agenda.SecondsAhead(7200), TimeSpan.FromMinutes(30), _chairId);
        await seen.WaitForAsync(c => c.SessionId == created.Id && c.Version == created.Version);

        var moderator = await Agenda.ChairIdAsync(_secretariat, "Panel Moderator");
        var edited = await _secretariat.PostAsync($"/api/agenda/sessions/{created.Id}",
            new { title = "Side event: youth", kind = "Panel", chairId = moderator, videoUrl = "https://video.example.org/side", version = created.Version }, HttpMethod.Put);
        edited.EnsureSuccessStatusCode();
        var change = await seen.WaitForAsync(c => c.SessionId == created.Id && c.Title == "Side event: youth");
        Assert.Equal((SessionKind.Panel, "Panel Moderator", "https://video.example.org/side"), (change.Kind, change.Chair.DisplayName, change.VideoUrl));

        var order = (await observer.GetAsync<ConferenceView>("/api/conference"))!.Sessions.OrderBy(s => s.Ordinal).Select(s => s.Id).ToList();
        order.Remove(created.Id);
        order.Insert(0, created.Id);
        (await _secretariat.PostAsync("/api/agenda/reorder", new { sessionIds = order })).EnsureSuccessStatusCode();
        var first = await seen.WaitForAsync(c => c.SessionId == created.Id && c.Ordinal == 1);
        Assert.Equal(change.Version + 1, first.Version);

        var missing = await _secretariat.PostAsync("/api/agenda/reorder", new { sessionIds = order.Skip(1) });
        await AssertRefusedAsync(missing, HttpStatusCode.BadRequest, ConferenceErrors.ReorderMismatch);
        Assert.Equal(1, await Agenda.AuditCountAsync(_host, "session.created", created.Id));
        Assert.Equal(1, await Agenda.AuditCountAsync(_host, "session.edited", created.Id));
    }

    [Fact]
    public async Task Rescheduling_AcrossTheSpringChange_StoresEachEndWithItsOwnOffset()
    {
        var session = await Agenda.CreateAsync(_secretariat, "Night session", Agenda.SecondsAhead(3600), TimeSpan.FromMinutes(30), _chairId);

        // New York moves its clocks forward at 02:00 on 14 March 2027.
        var response = await _secretariat.PostAsync($"/api/agenda/sessions/{session.Id}/reschedule",
            new { start = "2027-03-14T01:30:00", end = "2027-03-14T03:30:00" });

        response.EnsureSuccessStatusCode();
        var moved = (await response.Content.ReadFromJsonAsync<SessionView>(Json.Options))!;
        Assert.Equal(new DateTimeOffset(2027, 3, 14, 6, 30, 0, TimeSpan.Zero), moved.StartsAt);
        Assert.Equal(new DateTimeOffset(2027, 3, 14, 7, 30, 0, TimeSpan.Zero), moved.EndsAt);
    }
}
