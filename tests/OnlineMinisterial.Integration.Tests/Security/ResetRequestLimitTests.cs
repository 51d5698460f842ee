using System.Net;
using System.Text.Json;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using static OnlineMinisterial.Integration.Tests.Accreditation.FreshConference;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>
/// Reset requests are limited per account as well as per address: repeated requests for one person (from any
/// number of addresses) send one letter, and the link in it keeps working.
/// </summary>
public sealed class ResetRequestLimitTests : HostPerTest
{
    [Fact]
    public async Task RepeatedResetRequestsForOneAccount_SendOneLetter_WhoseLinkStillWorks()
    {
        var email = DemoLogins.Head("MEX");
        for (var i = 0; i < 4; i++)
        {
            await using var visitor = Host.Anonymous();
            Assert.Equal(HttpStatusCode.Accepted, (await visitor.PostAsync("/api/access/forgot-password", new { email })).StatusCode);
        }
        await using var other = Host.Anonymous();
        await other.PostAsync("/api/access/forgot-password", new { email = DemoLogins.Head("CAN") });

        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);
        var messages = (await secretariat.GetAsync<JsonElement>("/api/accreditation/outbox")).GetProperty("messages").EnumerateArray().ToList();
        var toMex = Assert.Single(messages, m => m.GetProperty("to").GetString() == email);
        Assert.Single(messages, m => m.GetProperty("to").GetString() == DemoLogins.Head("CAN")); // another account is not held back

        var token = TestSmtp.TokenIn(toMex.GetProperty("text").GetString()!);
        await using var mex = await AcceptAsync(Host, token, "/api/access/reset-password");
        Assert.Equal(HttpStatusCode.OK, (await mex.Http.GetAsync("/api/me")).StatusCode);
    }
}
