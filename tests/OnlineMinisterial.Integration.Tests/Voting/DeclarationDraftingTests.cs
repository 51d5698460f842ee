using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

public sealed class DeclarationDraftingTests : VotingHostTest
{
    [Fact]
    public async Task SecretariatPublishesASecondVersion_EveryoneSeesItWithItsChanges_OnlyTheSecretariatSeesTheDraft()
    {
        var secretariat = await Kit.SecretariatAsync();
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        var events = new EventRecorder<DeclarationView>(observer.Hub, nameof(IVotingClient.DeclarationChanged));
        await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        var v1 = (await observer.Hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration")).Declaration!;
        var op1 = v1.Current!.Paragraphs.Single(p => p.Label == "OP1");

        await secretariat.Hub.InvokeAsync<DeclarationView>("ReplaceParagraph", op1.ParagraphId, "Decide to share early warnings within 48 hours;");
        await secretariat.Hub.InvokeAsync<DeclarationView>("AddParagraph", ParagraphKind.Operative, "Request the secretariat to report back;", null);
        var draft = await secretariat.Hub.InvokeAsync<DeclarationView>("PublishDraft");

        var seen = (await observer.Hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration")).Declaration!;
        Assert.Equal(2, seen.Current!.Number);
        Assert.Null(seen.Draft);
        Assert.Equal([ParagraphChangeKind.Unchanged, ParagraphChangeKind.Changed, ParagraphChangeKind.Added],
            seen.Current.ChangesFromPrevious.Select(c => c.Change));
        Assert.Equal("Decide to strengthen early warning on synthetic drugs;", seen.Current.ChangesFromPrevious[1].OldText);
        Assert.NotNull(draft.Draft);
        Assert.False(draft.Draft!.HasUnpublishedChanges);

        // Versions reach the observer one by one, each the next, up to the snapshot's.
        await events.WaitForAsync(e => e.Version == seen.Version);
        var versions = events.Received.Select(e => e.Version).Where(v => v > v1.Version).Order().ToList();
        Assert.Equal(Enumerable.Range(v1.Version + 1, seen.Version - v1.Version), versions);
        Assert.All(events.Received, e => Assert.Null(e.Draft));

        var rest = await observer.Person.GetAsync<DeclarationSnapshot>("/api/declaration");
        Assert.Equal(seen.Current.Paragraphs, rest!.Declaration!.Current!.Paragraphs);
    }

    [Fact]
    public async Task OnlyTheSecretariatDrafts_OthersAreRefused_Forbidden_AndNothingChanges()
    {
        var secretariat = await Kit.SecretariatAsync();
        await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        var before = (await secretariat.Hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration")).Declaration!;
        var kaz = (await Kit.SeatHoldersAsync(["KAZ"]))[0];
        var chair = await Kit.JoinAsync(DemoLogins.Chair);

        foreach (var who in new[] { kaz, chair })
        {
            await VotingKit.RefusedAsync(() => who.Hub.InvokeAsync<DeclarationView>("AddParagraph", ParagraphKind.Operative, "Text;", null), ErrorCodes.Forbidden);
            await VotingKit.RefusedAsync(() => who.Hub.InvokeAsync<DeclarationView>("PublishDraft"), ErrorCodes.Forbidden);
            await VotingKit.RefusedAsync(() => who.Hub.InvokeAsync<DeclarationView>("OpenAmendments"), ErrorCodes.Forbidden);
            await VotingKit.RefusedAsync(() => who.Hub.InvokeAsync<DeclarationView>("CirculateUnderSilence", Clock.GetUtcNow().AddHours(1)), ErrorCodes.Forbidden);
        }
        await VotingKit.RefusedAsync(() => secretariat.Hub.InvokeAsync<DeclarationView>("CreateDeclaration", "Another"), DeclarationErrors.AlreadyExists);
        await VotingKit.RefusedAsync(() => secretariat.Hub.InvokeAsync<DeclarationView>("PublishDraft"), DeclarationErrors.DraftUnchanged);
        Assert.Equal(before.Version, (await secretariat.Hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration")).Declaration!.Version);
    }

    [Fact]
    public async Task BeforeADeclarationExists_TheHubReturnsAnEmptySnapshot_AndTheApiSaysNotFound()
    {
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        Assert.Null((await observer.Hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration")).Declaration);

        using var response = await observer.Person.Http.GetAsync("/api/declaration");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await JsonSerializer.DeserializeAsync<JsonElement>(await response.Content.ReadAsStreamAsync());
        Assert.Equal(DeclarationErrors.NotFound, problem.GetProperty("code").GetString());
    }
}
