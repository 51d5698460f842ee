using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Declaration;

namespace OnlineMinisterial.E2E;

/// <summary>
/// The conference has one declaration, shared by the browser tests of one host: the first test to need it drafts and
/// publishes it through the hub, the others take it as it is.
/// </summary>
internal static class Declarations
{
    public static async Task<Guid> PublishedAsync(AppHost host)
    {
        await using var secretariat = await host.SignInAsync("secretariat@onlineministerial.example");
        var hub = await secretariat.ConnectAsync("/hubs/voting");
        var existing = (await hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration")).Declaration;
        if (existing is not null) return existing.DeclarationId;
        var declaration = await hub.InvokeAsync<DeclarationView>("CreateDeclaration", "Declaration of the 7th Online Ministerial");
        await hub.InvokeAsync<DeclarationView>("AddParagraph", ParagraphKind.Preamble,
            "Recognising that synthetic drugs pose a grave threat to public health and security,", null);
        await hub.InvokeAsync<DeclarationView>("AddParagraph", ParagraphKind.Operative,
            "Commit to a comprehensive and systematic response to synthetic drug threats.", null);
        await hub.InvokeAsync<DeclarationView>("PublishDraft");
        return declaration.DeclarationId;
    }
}
