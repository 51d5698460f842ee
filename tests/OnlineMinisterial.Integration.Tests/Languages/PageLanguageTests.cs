using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Integration.Tests.Languages;

/// <summary>The UI language: kept on the account, pages sent in it (or in Accept-Language's), the calendar file's words in it.</summary>
public sealed class PageLanguageTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task ChosenLanguage_IsKept_AndPagesOpenInIt_RightToLeftForArabic()
    {
        await using var egy = await fixture.Host.SignInAsync(DemoLogins.Head("EGY"));

        var put = await egy.PostAsync("/api/me/language", new { language = "AR" }, HttpMethod.Put);

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal("ar", (await egy.GetAsync<CurrentPerson>("/api/me"))!.PreferredLanguage);
        foreach (var path in new[] { "/", "/session", "/index.html" })
            Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", await egy.Http.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownLanguage_IsRefusedWithItsCode_AndChangesNothing()
    {
        await using var mar = await fixture.Host.SignInAsync(DemoLogins.Head("MAR"));
        await mar.PostAsync("/api/me/language", new { language = "fr" }, HttpMethod.Put);

        var put = await mar.PostAsync("/api/me/language", new { language = "de" }, HttpMethod.Put);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var problem = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ConferenceErrors.UiLanguageUnknown, problem.GetProperty("code").GetString());
        Assert.Equal("fr", (await mar.GetAsync<CurrentPerson>("/api/me"))!.PreferredLanguage);
    }

    [Theory]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.5", "zh")]
    [InlineData("de-DE,de;q=0.9,es;q=0.8", "es")]
    [InlineData("de-DE", "en")]
    public async Task SignedOut_PagesFollowAcceptLanguage_ToTheFirstOfTheSix(string accept, string expected)
    {
        var visitor = fixture.Host.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/signin");
        request.Headers.TryAddWithoutValidation("Accept-Language", accept);

        var html = await (await visitor.Http.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains($"<html lang=\"{expected}\" dir=\"ltr\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarFile_IsWrittenInTheReadersLanguage()
    {
        await using var sgp = await fixture.Host.SignInAsync(DemoLogins.Head("SGP"));
        Assert.Contains("Plenary session", await sgp.Http.GetStringAsync("/api/agenda.ics"), StringComparison.Ordinal);

        await sgp.PostAsync("/api/me/language", new { language = "zh" }, HttpMethod.Put);
        var ics = await sgp.Http.GetStringAsync("/api/agenda.ics");

        Assert.Contains("全体会议", ics, StringComparison.Ordinal);
        Assert.Contains("主席: ", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("Plenary session", ics, StringComparison.Ordinal);
    }
}
