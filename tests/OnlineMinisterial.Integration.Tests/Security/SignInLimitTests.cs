using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>Sign-in attempts are limited per address and per account, and an outsider cannot lock a seat holder out.</summary>
public sealed class SignInLimitTests : HostPerTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:CredentialsPerMinute"] = "40",
        ["RateLimits:TrustedDeviceFailuresPerWindow"] = "3",
        ["RateLimits:HubCommandsPerSecond"] = "2",
        ["RateLimits:HubCommandBurst"] = "5",
    };

    [Fact]
    public async Task AttemptsBeyondTheAddressLimit_AreRefusedWithACodeAndARetryTime()
    {
        await using var visitor = Host.Anonymous();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 41; i++)
            last = await visitor.PostAsync("/api/auth/signin", new { email = $"guess{i}@example.org", password = "x" });
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = await last.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ErrorCodes.RateLimited, problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("retryAfterSeconds").GetInt32() is > 0 and <= 60);
        // The right password is refused too while the limit holds: the limit counts requests, not failures.
        var right = await visitor.PostAsync("/api/auth/signin", new { email = DemoLogins.Head("KAZ"), password = AppHost.DemoPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
    }

    [Fact]
    public async Task AnOutsidersFailedAttempts_DoNotLockTheSeatHolderOut_OfTheirOwnDevice()
    {
        var email = DemoLogins.Head("KAZ");
        await using var seatHolder = await Host.SignInAsync(email);       // the device the seat holder uses
        await seatHolder.PostAsync("/api/auth/signout");

        await using var outsider = Host.Anonymous();
        for (var i = 0; i < 8; i++)
            await outsider.PostAsync("/api/auth/signin", new { email, password = $"guess-{i}" });
        var outsiderNow = await outsider.PostAsync("/api/auth/signin", new { email, password = AppHost.DemoPassword });
        Assert.Equal(HttpStatusCode.Locked, outsiderNow.StatusCode);   // unknown devices are locked out

        var back = await seatHolder.PostAsync("/api/auth/signin", new { email, password = AppHost.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task FailedAttemptsFromATrustedDevice_AreThrottled_NotLocked()
    {
        var email = DemoLogins.Head("MEX");
        await using var device = await Host.SignInAsync(email);
        await device.PostAsync("/api/auth/signout");
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.BadRequest, (await device.PostAsync("/api/auth/signin", new { email, password = "typo" })).StatusCode);
        var throttled = await device.PostAsync("/api/auth/signin", new { email, password = AppHost.DemoPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        await using var elsewhere = Host.Anonymous();   // the account itself is not locked
        var fine = await elsewhere.PostAsync("/api/auth/signin", new { email, password = AppHost.DemoPassword });
        Assert.True(fine.StatusCode == HttpStatusCode.OK, await fine.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheSecretariat_UnlocksALockedAccount()
    {
        var email = DemoLogins.Head("CAN");
        await using var outsider = Host.Anonymous();
        for (var i = 0; i < 5; i++) await outsider.PostAsync("/api/auth/signin", new { email, password = "wrong" });
        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);
        var list = await secretariat.GetAsync<JsonElement>("/api/accounts?state=Locked");
        var locked = list.GetProperty("accounts").EnumerateArray().Single(a => a.GetProperty("email").GetString() == email);
        Assert.Equal("Locked", locked.GetProperty("state").GetString());

        var unlocked = await secretariat.PostAsync($"/api/accounts/{locked.GetProperty("id").GetString()}/unlock");
        Assert.Equal("Active", (await unlocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await outsider.PostAsync("/api/auth/signin", new { email, password = AppHost.DemoPassword })).StatusCode);
    }

    [Fact]
    public async Task SignIn_TakesTheSameTime_WhetherOrNotTheAccountExists()
    {
        await using var visitor = Host.Anonymous();
        async Task<double> MedianAsync(Func<int, string> email)
        {
            var times = new List<double>();
            for (var i = 0; i < 9; i++)
            {
                var watch = Stopwatch.StartNew();
                await visitor.PostAsync("/api/auth/signin", new { email = email(i), password = "wrong" });
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            return times.Order().ElementAt(times.Count / 2);
        }
        var codes = new[] { "USA", "IND", "GBR", "FRA", "DEU", "JPN", "BRA", "ZAF", "AUS" };
        await MedianAsync(i => $"warm{i}@example.org");
        var known = await MedianAsync(i => DemoLogins.Alternate(codes[i % 3]) );
        var unknown = await MedianAsync(i => $"nobody{i}@example.org");
        var ratio = unknown / known;
        Assert.True(ratio is > 0.5 and < 2, $"unknown {unknown:F1} ms, known {known:F1} ms");
    }

    [Fact]
    public async Task HubCommandsBeyondTheConnectionLimit_AreRefusedWithACodeAndARetryTime()
    {
        await using var kaz = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var connection = await kaz.ConnectAsync("/hubs/floor");
        HubException? refused = null;
        for (var i = 0; i < 20 && refused is null; i++)
        {
            try { await connection.InvokeAsync<object>("GetFloor", Guid.NewGuid()); }
            catch (HubException e) when (HubErrors.CodeOf(e) == ErrorCodes.RateLimited) { refused = e; }
            catch (HubException) { }
        }
        Assert.NotNull(refused);
        Assert.Matches(@"Try again in \d+ seconds", refused.Message);
    }
}
