using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Integration.Tests.Floor;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>Refusals carry a code on REST and hubs, and are logged as information without a stack trace.</summary>
public sealed class RefusalCodeTests : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Theory]
    [InlineData("{not json")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("{\"email\": 42, \"title\": 42}")]
    public async Task UnreadableJsonBody_IsInvalidArgument_WithACode(string body)
    {
        await using var secretariat = await _world.Host.SignInAsync(DemoLogins.Secretariat);
        var token = (await secretariat.GetAsync<JsonElement>("/api/auth/antiforgery")).GetProperty("token").GetString();
        foreach (var path in new[] { "/api/auth/signin", "/api/agenda/sessions" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-XSRF-TOKEN", token);
            var response = await secretariat.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(ErrorCodes.InvalidArgument, problem.GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task RefusedHubCalls_AreLoggedAsInformation_WithoutStackTrace()
    {
        var sessionId = _world.LiveSessionId;
        var chair = await _world.ChairAsync();
        var kaz = await _world.DelegateAsync("KAZ");
        var version = (await kaz.RequestAsync(sessionId)).Version;
        await chair.ModerateAsync("GiveFloorToNext", sessionId, version);
        // A second chair screen pressing the same button with the old version: an ordinary conflict.
        var conflict = await Assert.ThrowsAsync<HubException>(() => chair.ModerateAsync("GiveFloorToNext", sessionId, version));
        Assert.Equal(ErrorCodes.VersionConflict, HubErrors.CodeOf(conflict));
        await Assert.ThrowsAsync<HubException>(() => kaz.ModerateAsync("GiveFloorToNext", sessionId, version + 1));
        await Assert.ThrowsAsync<HubException>(() => kaz.Connection.InvokeAsync<object>("JoinSession", "not-a-guid"));
        await using var visitor = _world.Host.Anonymous();
        await visitor.PostAsync("/api/auth/signin", new { email = "nobody@example.org", password = "x" });

        var lines = _world.Host.Logs.Lines.ToList();
        Assert.Contains(lines, l => l.StartsWith("Information", StringComparison.Ordinal) && l.Contains(ErrorCodes.VersionConflict, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("   at ", StringComparison.Ordinal) || l.Contains("Exception:", StringComparison.Ordinal));
    }
}
