using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Foundation;

public sealed class SignInTests : HostPerTest
{
    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

    [Fact]
    public async Task WrongPassword_IsRefusedWithCode_AndNoSessionCookie()
    {
        await using var visitor = Host.Anonymous();
        var response = await visitor.PostAsync("/api/auth/signin", new { email = DemoLogins.Head("KAZ"), password = "not-the-password" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("auth.invalid_credentials", await CodeOf(response));
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.Http.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Status_Answers200EitherWay_SayingWhetherThisBrowserIsSignedIn()
    {
        await using var visitor = Host.Anonymous();
        var before = await visitor.Http.GetAsync("/api/auth/status");
        await visitor.SignInAsync(DemoLogins.Head("KAZ"), AppHost.DemoPassword);
        var after = await visitor.GetAsync<JsonElement>("/api/auth/status");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.False((await before.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("signedIn").GetBoolean());
        Assert.True(after.GetProperty("signedIn").GetBoolean());
    }

    [Fact]
    public async Task UnknownEmail_GetsTheSameAnswerAsAWrongPassword()
    {
        await using var visitor = Host.Anonymous();
        var response = await visitor.PostAsync("/api/auth/signin", new { email = "nobody@example.org", password = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("auth.invalid_credentials", await CodeOf(response));
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        await using var visitor = Host.Anonymous();
        for (var i = 0; i < 5; i++)
            await visitor.PostAsync("/api/auth/signin", new { email = DemoLogins.Head("MEX"), password = "wrong" });
        var response = await visitor.PostAsync("/api/auth/signin", new { email = DemoLogins.Head("MEX"), password = AppHost.DemoPassword });
        Assert.Equal(HttpStatusCode.Locked, response.StatusCode);
        Assert.Equal("auth.locked_out", await CodeOf(response));
    }

    [Fact]
    public async Task StateChangingRequest_WithoutAntiforgeryToken_IsRefused_AndChangesNothing()
    {
        await using var kaz = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var response = await kaz.Http.PostAsync("/api/auth/signout", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request.antiforgery_invalid", await CodeOf(response));
        Assert.Equal(HttpStatusCode.OK, (await kaz.Http.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task SignOut_WithToken_EndsTheSession()
    {
        await using var kaz = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var response = await kaz.PostAsync("/api/auth/signout");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await kaz.Http.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task HangfireDashboard_IsForTheSecretariatOnly()
    {
        await using var anonymous = Host.Anonymous();
        await using var delegate_ = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await delegate_.Http.GetAsync("/hangfire")).StatusCode);
        var dashboard = await secretariat.Http.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Hangfire", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_NeverContainPasswordsCookiesOrTokens()
    {
        await using var visitor = Host.Anonymous();
        await visitor.PostAsync("/api/auth/signin", new { email = DemoLogins.Head("CAN"), password = "Wrong-Secret-123" });
        await using var kaz = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var token = (await kaz.GetAsync<JsonElement>("/api/auth/antiforgery")).GetProperty("token").GetString()!;
        await kaz.ConnectAsync();
        await kaz.Http.GetAsync("/api/me");

        var logs = string.Join('\n', Host.Logs.Lines);
        Assert.NotEmpty(Host.Logs.Lines);
        Assert.DoesNotContain(AppHost.DemoPassword, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrong-Secret-123", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("om.auth=", logs, StringComparison.Ordinal);
    }
}
