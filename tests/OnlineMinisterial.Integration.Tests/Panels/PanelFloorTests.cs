using System.Net.Http.Json;
using OnlineMinisterial.Integration.Tests.Floor;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Floor;
using OnlineMinisterial.Web.Features.Panels;

namespace OnlineMinisterial.Integration.Tests.Panels;

/// <summary>The moderator gives the floor among panelists with the floor's own list, countdown and events.</summary>
public sealed class PanelFloorTests
{
    private static async Task<FloorClient> OnTheFloorAsync(PanelClient client, Guid sessionId)
    {
        var floor = new FloorClient(client.Participant, await client.Participant.ConnectAsync(FloorClient.HubPath));
        await floor.JoinAsync(sessionId);
        return floor;
    }

    [Fact]
    public async Task GiveFloorToPanelist_DelegateThenGuest_RunsOnTheFloorWithThePanelsTimeLimit()
    {
        await using var world = await PanelWorld.StartAsync();
        var moderator = await world.ModeratorAsync();
        var panelist = await world.DelegateAsync("MEX");
        var invited = (await (await moderator.Participant.PostAsync($"/api/panels/{world.PanelId}/guests",
            new InviteGuestRequest("expert@guests.example", "Dr. Invited Expert", AppHost.DemoPassword))).Content
            .ReadFromJsonAsync<PanelGuestView>(Json.Options))!;
        await moderator.InvokeAsync<StageView>("PutOnStage", world.PanelId, panelist.PersonId);
        await moderator.InvokeAsync<StageView>("PutOnStage", world.PanelId, invited.PersonId);
        var chairFloor = await OnTheFloorAsync(moderator, world.PanelId);
        var watcher = await OnTheFloorAsync(await world.ObserverAsync(), world.PanelId);

        var first = await moderator.InvokeAsync<FloorSnapshot>("GiveFloorToPanelist", world.PanelId, panelist.PersonId, 0);
        var second = await moderator.InvokeAsync<FloorSnapshot>("GiveFloorToPanelist", world.PanelId, invited.PersonId, first.Version);
        var seen = await watcher.ChangeAsync(second.Version);

        // One command, one version: screens following the floor see no gap.
        Assert.Equal(1, first.Version);
        Assert.Equal(first.Version + 1, second.Version);
        Assert.Equal(("MEX", panelist.DisplayName), (first.Current!.Delegation.Code, first.Current.PersonName));
        Assert.Equal(TimeSpan.FromSeconds(300), first.Current.EndsAt - first.Current.StartedAt);
        Assert.Equal(300, first.Limits.StatementSeconds);
        Assert.Equal(invited.Id, second.Current!.Delegation.Id);
        Assert.Equal("Dr. Invited Expert", seen.Floor.Current!.PersonName);
        Assert.Equal("floor.given", seen.Change);
        Assert.Equal("MEX", Assert.Single(second.Speeches).Delegation.Code);
        Assert.NotNull(chairFloor);
    }

    [Fact]
    public async Task GiveFloorToPanelist_TwoPanelistsOfOneDelegation_TakeTurns()
    {
        await using var world = await PanelWorld.StartAsync();
        var moderator = await world.ModeratorAsync();
        var head = await world.DelegateAsync("USA");
        var alternate = await world.JoinAsync(DemoLogins.Alternate("USA"));
        await moderator.InvokeAsync<StageView>("PutOnStage", world.PanelId, head.PersonId);
        await moderator.InvokeAsync<StageView>("PutOnStage", world.PanelId, alternate.PersonId);

        var first = await moderator.InvokeAsync<FloorSnapshot>("GiveFloorToPanelist", world.PanelId, head.PersonId, 0);
        var second = await moderator.InvokeAsync<FloorSnapshot>("GiveFloorToPanelist", world.PanelId, alternate.PersonId, first.Version);

        Assert.Equal(first.Version + 1, second.Version);
        Assert.Equal(alternate.DisplayName, second.Current!.PersonName);
        Assert.Equal(head.DisplayName, Assert.Single(second.Speeches).PersonName);
    }

    [Fact]
    public async Task GiveFloorToPanelist_RefusedToDelegates_ToSomeoneOffStage_AndOnAStaleVersion()
    {
        await using var world = await PanelWorld.StartAsync();
        var moderator = await world.ModeratorAsync();
        var panelist = await world.DelegateAsync("MEX");
        var delegate_ = await world.DelegateAsync("KEN");
        await moderator.InvokeAsync<StageView>("PutOnStage", world.PanelId, panelist.PersonId);

        var byDelegate = await Refused.ByAsync(() => delegate_.InvokeAsync<FloorSnapshot>("GiveFloorToPanelist", world.PanelId, panelist.PersonId, 0));
        var offStage = await Refused.ByAsync(() => moderator.InvokeAsync<FloorSnapshot>("GiveFloorToPanelist", world.PanelId, delegate_.PersonId, 0));
        var given = await moderator.InvokeAsync<FloorSnapshot>("GiveFloorToPanelist", world.PanelId, panelist.PersonId, 0);
        var stale = await Refused.ByAsync(() => moderator.InvokeAsync<FloorSnapshot>("GiveFloorToPanelist", world.PanelId, panelist.PersonId, 0));

        Assert.Equal("auth.not_moderator", byDelegate.Code);
        Assert.Equal("panel.panelist_not_found", offStage.Code);
        Assert.Equal("version.conflict", stale.Code);
        Assert.Equal(panelist.DisplayName, given.Current!.PersonName);
    }
}
