using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>Sign-out, a password change, a deactivation and "end sessions" stop every old cookie and close open hub connections.</summary>
public abstract class SessionEndTests(DatabaseProvider provider) : HostPerTest(provider)
{
    private const string NewPassword = "Another-Ministerial-2027";

    public static TheoryData<string> Endings() => new() { "signout", "password", "deactivate", "end-sessions" };

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task Ending_StopsTheOldCookie_AndClosesTheOpenHubConnection(string ending)
    {
        var email = DemoLogins.Head("KAZ");
        await using var kaz = await Host.SignInAsync(email);
        var oldCookie = kaz.CookieHeader();
        var connection = await kaz.ConnectAsync("/hubs/floor");
        var closed = new TaskCompletionSource();
        connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(oldCookie, "/api/me")).StatusCode);

        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);
        var personId = (await kaz.GetAsync<JsonElement>("/api/me")).GetProperty("id").GetString();
        var response = ending switch
        {
            "signout" => await kaz.PostAsync("/api/auth/signout"),
            "password" => await kaz.PostAsync("/api/auth/password", new { currentPassword = AppHost.DemoPassword, newPassword = NewPassword }),
            _ => await secretariat.PostAsync($"/api/accounts/{personId}/{ending}"),
        };
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(oldCookie, "/api/me")).StatusCode);
        var audited = await Host.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count(a => a.Action.StartsWith("account.") && a.SubjectId == personId)));
        Assert.Equal(ending is "deactivate" or "end-sessions" ? 1 : 0, audited);
    }

    [Fact]
    public async Task PasswordChange_KeepsThisBrowserSignedIn_AndTheNewPasswordWorks()
    {
        await using var kaz = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var response = await kaz.PostAsync("/api/auth/password", new { currentPassword = AppHost.DemoPassword, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kaz.Http.GetAsync("/api/me")).StatusCode);
        await using var again = await Host.SignInAsync(DemoLogins.Head("KAZ"), NewPassword);
    }

    [Fact]
    public async Task PasswordChange_WithAWrongCurrentPassword_IsRefused_AndChangesNothing()
    {
        await using var kaz = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var cookie = kaz.CookieHeader();
        var wrong = await kaz.PostAsync("/api/auth/password", new { currentPassword = "not-it", newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(ErrorCodes.PasswordWrong, await CodeOf(wrong));
        var weak = await kaz.PostAsync("/api/auth/password", new { currentPassword = AppHost.DemoPassword, newPassword = "short" });
        Assert.Equal(ErrorCodes.PasswordWeak, await CodeOf(weak));
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(cookie, "/api/me")).StatusCode);
        await using var again = await Host.SignInAsync(DemoLogins.Head("KAZ"));
    }

    [Fact]
    public async Task AConnectionOpenedBeforeTheEnd_CannotActAfterIt_EvenIfNotYetClosed()
    {
        await using var kaz = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var connection = await kaz.ConnectAsync("/hubs/conference");
        // Change the stamp behind the app's back (as a node that missed the signal would see it).
        await Host.WithDbAsync(async db =>
        {
            var person = db.Users.Single(u => u.Email == DemoLogins.Head("KAZ"));
            person.SecurityStamp = Guid.NewGuid().ToString("N");
            return await db.SaveChangesAsync();
        });
        var error = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => connection.InvokeAsync<object>("GetPresence"));
        Assert.Equal(ErrorCodes.SessionEnded, HubErrors.CodeOf(error));
    }

    [Fact]
    public async Task ADeactivatedAccount_CannotSignIn_UntilReactivated()
    {
        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);
        var id = await IdOfAsync(DemoLogins.Head("MEX"));
        await secretariat.PostAsync($"/api/accounts/{id}/deactivate");
        await using var visitor = Host.Anonymous();
        var refused = await visitor.PostAsync("/api/auth/signin", new { email = DemoLogins.Head("MEX"), password = AppHost.DemoPassword });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(ErrorCodes.Deactivated, await CodeOf(refused));
        // A wrong password says nothing about the account's state.
        var wrong = await visitor.PostAsync("/api/auth/signin", new { email = DemoLogins.Head("MEX"), password = "wrong" });
        Assert.Equal(ErrorCodes.InvalidCredentials, await CodeOf(wrong));

        await secretariat.PostAsync($"/api/accounts/{id}/reactivate");
        await using var back = await Host.SignInAsync(DemoLogins.Head("MEX"));
    }

    [Fact]
    public async Task SignIn_IsASessionCookie_UnlessKeptSignedIn()
    {
        await using var visitor = Host.Anonymous();
        var session = await visitor.PostAsync("/api/auth/signin", new { email = DemoLogins.Head("KAZ"), password = AppHost.DemoPassword });
        var auth = session.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("om.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("expires=", auth, StringComparison.OrdinalIgnoreCase);

        await using var keeper = Host.Anonymous();
        var kept = await keeper.PostAsync("/api/auth/signin", new { email = DemoLogins.Head("KAZ"), password = AppHost.DemoPassword, keepSignedIn = true });
        var persistent = kept.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("om.auth=", StringComparison.Ordinal));
        Assert.Contains("expires=", persistent, StringComparison.OrdinalIgnoreCase);
    }

    private Task<string> IdOfAsync(string email) =>
        Host.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).Id));

    private async Task<HttpResponseMessage> WithCookie(string cookie, string path)
    {
        using var client = Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
}

public sealed class SessionEndSqliteTests() : SessionEndTests(DatabaseProvider.Sqlite);

public sealed class SessionEndPostgresTests() : SessionEndTests(DatabaseProvider.Postgres);
