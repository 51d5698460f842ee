using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace OnlineMinisterial.E2E;

/// <summary>
/// The secretariat previews a delegations file in French: each refused line says why in French, with the code it
/// speaks of, and a changed line names its columns and values in French, never the server's English sentence.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ImportPreviewLanguageTests(BrowserFixture fixture)
{
    private const string Secretariat = "secretariat@onlineministerial.example";

    [Fact]
    public async Task APreview_InFrench_SaysWhyEachLineIsRefused_AndWhatAChangedLineChanges()
    {
        await using var secretariat = await fixture.OpenAsync("import-preview-fr", timeZone: "Europe/Paris");
        await secretariat.SignInAsync(Secretariat);
        try
        {
            await secretariat.Page.GotoAsync("/delegations");
            await secretariat.Page.GetByTestId("language-menu").SelectOptionAsync("fr");
            await Assertions.Expect(secretariat.Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");

            await secretariat.Page.GetByTestId("csv-input").FillAsync(
                "code,name,kind,votes,rank\nKAZ,Kazakhstan,Observer,no,Minister\nKA,Nowhere,MemberState,,Minister\nZZZ,Planetia,Planet,,Minister\nQAT,Qatar,MemberState,maybe,Minister\n");
            await secretariat.Page.GetByTestId("import-preview-button").ClickAsync();

            await Assertions.Expect(secretariat.Page.Locator(".form-status.form-error")).ToContainTextAsync("3 lignes comportent des erreurs");
            var changed = secretariat.Page.GetByTestId("preview-2");
            await Assertions.Expect(changed).ToContainTextAsync("État membre → Observateur");
            await Assertions.Expect(changed).ToContainTextAsync("Oui → Non");
            await Assertions.Expect(secretariat.Page.GetByTestId("preview-3")).ToContainTextAsync("n’est pas un code ISO 3166 alpha-3");
            await Assertions.Expect(secretariat.Page.GetByTestId("preview-3")).ToContainTextAsync("KA");
            await Assertions.Expect(secretariat.Page.GetByTestId("preview-4")).ToContainTextAsync("Planet");
            await Assertions.Expect(secretariat.Page.GetByTestId("preview-4")).ToContainTextAsync("n’est pas l’une des valeurs");
            await Assertions.Expect(secretariat.Page.GetByTestId("preview-5")).ToContainTextAsync("La colonne votes indique");
            var table = await secretariat.Page.Locator("main").InnerTextAsync();
            Assert.DoesNotContain("is not", table, StringComparison.Ordinal);
            Assert.DoesNotContain("MemberState →", table, StringComparison.Ordinal);
            await secretariat.ScreenshotAsync("preview");
        }
        finally
        {
            await fixture.Host.WithDbAsync(db => db.Users.Where(p => p.Email == Secretariat)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.PreferredLanguage, (string?)null)));
        }
    }
}
