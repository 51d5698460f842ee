using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Demo;
using static OnlineMinisterial.Integration.Tests.Accreditation.FreshConference;

namespace OnlineMinisterial.Integration.Tests.Accreditation;

/// <summary>The demo is an ordinary conference: made by the import, the focal points, nominations and approvals.</summary>
public sealed class DemoThroughServicesTests : HostPerTest
{
    [Fact]
    public void SampleCsvInDocs_IsTheDemosImport()
    {
        Assert.Equal(DemoSeeder.DemoCsv(), SampleCsv());
    }

    [Fact]
    public async Task Demo_HeadsAreFocalPoints_AndEveryMemberHasAnApprovedNomination()
    {
        var (delegations, focal, approved, members) = await Host.WithDbAsync(async db => (
            await db.Delegations.CountAsync(), await db.Delegations.CountAsync(d => d.FocalPointId != null && d.FocalPointId == d.SeatHolderId),
            await db.Nominations.CountAsync(n => n.State == NominationState.Approved), await db.Users.CountAsync(u => u.DelegationId != null)));
        Assert.Equal(60, delegations);
        Assert.Equal(60, focal);
        Assert.Equal(members + 2, approved); // the press observer and the guest panelist came through the public request form
        Assert.Equal(1, await Host.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "delegations.imported")));
    }

    [Fact]
    public async Task DemoFocalPoint_SeesTheDelegation_AndUploadsItsCredentialsLetter_WhichOnlyTheSecretariatDownloads()
    {
        await using var head = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var mine = await head.GetAsync<JsonElement>("/api/my-delegation");
        Assert.Equal("KAZ", mine.GetProperty("code").GetString());
        Assert.Equal(3, mine.GetProperty("nominations").GetArrayLength());

        Assert.Equal("credentials.not_pdf", await CodeOf(await UploadAsync(head, "letter.pdf", "<html>not a pdf</html>"u8.ToArray())));
        Assert.Equal("credentials.too_large", await CodeOf(await UploadAsync(head, "big.pdf", [.. "%PDF-1.7\n"u8, .. new byte[6 * 1024 * 1024]])));
        var pdf = "%PDF-1.4\n% credentials of Kazakhstan\n%%EOF\n"u8.ToArray();
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(head, "KAZ credentials.pdf", pdf)).StatusCode);

        var kaz = mine.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await head.Http.GetAsync($"/api/accreditation/delegations/{kaz}/credentials")).StatusCode);
        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);
        var download = await secretariat.Http.GetAsync($"/api/accreditation/delegations/{kaz}/credentials");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        // The file lives in the data folder, not in the database.
        Assert.Single(Directory.GetFiles(Path.Combine(Database.DataFolder, "credentials"), "*.pdf"));
    }

    [Fact]
    public async Task ForgotPassword_AnswersTheSame_AndTheResetLinkFromTheOutboxWorksOnce()
    {
        await using var visitor = Host.Anonymous();
        var known = await visitor.PostAsync("/api/access/forgot-password", new { email = DemoLogins.Head("MEX") });
        var unknown = await visitor.PostAsync("/api/access/forgot-password", new { email = "nobody@nowhere.example" });
        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());

        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);
        var outbox = await secretariat.GetAsync<JsonElement>("/api/accreditation/outbox");
        var message = Assert.Single(outbox.GetProperty("messages").EnumerateArray());
        Assert.Equal(DemoLogins.Head("MEX"), message.GetProperty("to").GetString());
        Assert.Contains("30 minutes", message.GetProperty("text").GetString());
        var token = TestSmtp.TokenIn(message.GetProperty("text").GetString()!);

        await using var mex = await AcceptAsync(Host, token, "/api/access/reset-password");
        Assert.Equal(HttpStatusCode.OK, (await mex.Http.GetAsync("/api/me")).StatusCode);
        Assert.Equal("link.used", await CodeOf(await visitor.PostAsync("/api/access/reset-password", new { token, password = Password })));
        await using var again = await Host.SignInAsync(DemoLogins.Head("MEX"), Password);
        Assert.DoesNotContain(Host.Logs.Lines, l => l.Contains(Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangePassword_NeedsTheCurrentOne()
    {
        await using var head = await Host.SignInAsync(DemoLogins.Head("CAN"));
        Assert.Equal("password.wrong_current", await CodeOf(await head.PostAsync("/api/auth/password", new { currentPassword = "nope", newPassword = Password })));
        Assert.Equal("password.too_weak", await CodeOf(await head.PostAsync("/api/auth/password", new { currentPassword = AppHost.DemoPassword, newPassword = "short" })));
        Assert.Equal(HttpStatusCode.NoContent, (await head.PostAsync("/api/auth/password", new { currentPassword = AppHost.DemoPassword, newPassword = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await head.Http.GetAsync("/api/me")).StatusCode);
        await using var again = await Host.SignInAsync(DemoLogins.Head("CAN"), Password);
    }

    [Fact]
    public async Task NominationLimit_IsEnforcedOverTheApi()
    {
        await using var head = await Host.SignInAsync(DemoLogins.Head("FRA"));
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await head.PostAsync("/api/my-delegation/nominations",
                new { displayName = $"Alternate {i}", email = $"alt{i}.fra@ministry.example", role = "Alternate" })).StatusCode);
        var sixth = await head.PostAsync("/api/my-delegation/nominations", new { displayName = "Sixth", email = "alt6.fra@ministry.example", role = "Alternate" });
        Assert.Equal("nomination.limit_reached", await CodeOf(sixth));
    }

    private static async Task<HttpResponseMessage> UploadAsync(Participant p, string name, byte[] bytes)
    {
        var token = (await p.GetAsync<JsonElement>("/api/auth/antiforgery")).GetProperty("token").GetString();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/my-delegation/credentials") { Content = form };
        request.Headers.Add("X-XSRF-TOKEN", token);
        return await p.Http.SendAsync(request);
    }
}
