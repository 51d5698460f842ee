using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>
/// A sign-in ends after Auth:IdleTimeoutMinutes without a request and slides while it is used; "keep me signed in"
/// lasts Auth:KeepSignedInDays. The server's clock is moved, not waited for.
/// </summary>
public sealed class SessionIdleTests : IAsyncLifetime
{
    private readonly ShiftedClock _clock = new();
    private TestDatabase _db = null!;
    private AppHost _host = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Sqlite();
        _host = new AppHost(_db, new Dictionary<string, string?> { ["Auth:IdleTimeoutMinutes"] = "60", ["Auth:KeepSignedInDays"] = "14" },
            services: s => s.AddSingleton<TimeProvider>(_clock));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task ASignIn_EndsAfterTheIdleTimeout()
    {
        await using var kaz = await _host.SignInAsync(DemoLogins.Head("KAZ"));
        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(HttpStatusCode.OK, (await kaz.Http.GetAsync("/api/me")).StatusCode);

        await using var mex = await _host.SignInAsync(DemoLogins.Head("MEX"));
        _clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(HttpStatusCode.Unauthorized, (await mex.Http.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task ASignIn_InUse_SlidesPastTheIdleTimeout()
    {
        await using var kaz = await _host.SignInAsync(DemoLogins.Head("KAZ"));
        for (var i = 0; i < 4; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(40));
            Assert.Equal(HttpStatusCode.OK, (await kaz.Http.GetAsync("/api/me")).StatusCode);
        }
    }

    [Fact]
    public async Task KeepMeSignedIn_OutlastsTheIdleTimeout_UntilItsDaysRunOut()
    {
        await using var kept = _host.Anonymous();
        (await kept.PostAsync("/api/auth/signin", new { email = DemoLogins.Head("KAZ"), password = AppHost.DemoPassword, keepSignedIn = true }))
            .EnsureSuccessStatusCode();
        _clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.OK, (await kept.Http.GetAsync("/api/me")).StatusCode);

        await using var once = _host.Anonymous();
        (await once.PostAsync("/api/auth/signin", new { email = DemoLogins.Head("MEX"), password = AppHost.DemoPassword, keepSignedIn = true }))
            .EnsureSuccessStatusCode();
        _clock.Advance(TimeSpan.FromDays(15));
        Assert.Equal(HttpStatusCode.Unauthorized, (await once.Http.GetAsync("/api/me")).StatusCode);
    }
}
