using System.Net.Http.Json;
using System.Text.Json;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>After sign-in the server names where to go: a path of this site, or the lobby.</summary>
public sealed class ReturnAddressTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\r\n/evil.example")]
    [InlineData("/\t\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("http:evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData(" /evil")]
    [InlineData("evil.example")]
    [InlineData("/ /evil.example")]
    [InlineData("/\u0000/evil.example")]
    public async Task OffSiteReturnAddresses_AreReplacedByTheLobby(string returnUrl)
    {
        Assert.Equal(ReturnAddress.Lobby, await ReturnUrlAfterSignInAsync(returnUrl));
    }

    [Theory]
    [InlineData("/session?id=5f0c")]
    [InlineData("/vote")]
    [InlineData("/agenda#today")]
    public async Task SameSitePaths_AreKept(string returnUrl)
    {
        Assert.Equal(returnUrl, await ReturnUrlAfterSignInAsync(returnUrl));
    }

    private async Task<string?> ReturnUrlAfterSignInAsync(string returnUrl)
    {
        await using var visitor = fixture.Host.Anonymous();
        var response = await visitor.PostAsync("/api/auth/signin", new { email = DemoLogins.Observer, password = TestSupport.AppHost.DemoPassword, returnUrl });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("returnUrl").GetString();
    }
}
