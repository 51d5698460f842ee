using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Panels;

namespace OnlineMinisterial.Integration.Tests.Panels;

public sealed class PanelStageTests
{
    [Fact]
    public async Task PutOnAndTakeOffStage_ReachesEveryone_WithNamesAndDelegations()
    {
        await using var world = await PanelWorld.StartAsync();
        var panelist = await world.DelegateAsync("MEX");
        var observer = await world.ObserverAsync();
        var moderator = await world.ModeratorAsync();

        var on = await moderator.InvokeAsync<StageView>("PutOnStage", world.PanelId, panelist.PersonId);
        var seen = await observer.EventAsync<StageChange>(nameof(IPanelClient.StageChanged), c => c.Version == on.Version);
        var again = await moderator.InvokeAsync<StageView>("PutOnStage", world.PanelId, panelist.PersonId);
        var off = await moderator.InvokeAsync<StageView>("TakeOffStage", world.PanelId, panelist.PersonId);
        var offAgain = await Refused.ByAsync(() => moderator.InvokeAsync<StageView>("TakeOffStage", world.PanelId, panelist.PersonId));

        var onStage = Assert.Single(seen.Stage.Panelists);
        Assert.Equal((panelist.PersonId, "MEX", PanelistKind.Delegate), (onStage.PersonId, onStage.Delegation!.Code, onStage.Kind));
        Assert.True((await panelist.PanelAsync(world.PanelId)).Me.OnStage is false);
        Assert.Equal(on.Version, again.Version);
        Assert.Empty(off.Panelists);
        Assert.Equal("panel.panelist_not_found", offAgain.Code);
    }

    [Fact]
    public async Task InvitedGuest_CanGoOnStage_ButNeitherAsksNorModerates_AndAnObserverCannotGoOnStage()
    {
        await using var world = await PanelWorld.StartAsync();
        var moderator = await world.ModeratorAsync();
        var response = await moderator.Participant.PostAsync($"/api/panels/{world.PanelId}/guests",
            new InviteGuestRequest("expert@guests.example", "Dr. Invited Expert", AppHost.DemoPassword));
        response.EnsureSuccessStatusCode();
        var invited = (await response.Content.ReadFromJsonAsync<PanelGuestView>(Json.Options))!;
        var guest = await world.JoinAsync("expert@guests.example");
        var observer = await world.ObserverAsync();

        var stage = await moderator.InvokeAsync<StageView>("PutOnStage", world.PanelId, invited.PersonId);
        var observerOnStage = await Refused.ByAsync(() => moderator.InvokeAsync<StageView>("PutOnStage", world.PanelId, observer.PersonId));
        var ask = await Refused.ByAsync(() => guest.AskAsync(world.PanelId, "May a guest ask?"));
        var pin = await Refused.ByAsync(() => guest.InvokeAsync<BoardView>("Unpin", world.PanelId));
        var me = (await guest.PanelAsync(world.PanelId)).Me;

        var onStage = Assert.Single(stage.Panelists);
        Assert.Equal((PanelistKind.Guest, "Dr. Invited Expert"), (onStage.Kind, onStage.DisplayName));
        Assert.Equal("panel.not_eligible_panelist", observerOnStage.Code);
        Assert.Equal("auth.not_delegate", ask.Code);
        Assert.Equal("auth.not_moderator", pin.Code);
        Assert.True(me.IsGuest && me.OnStage && !me.CanAsk && !me.Moderates);
    }

    [Fact]
    public async Task AGuestInvitation_MissingWhatItNeeds_IsRefusedWithItsOwnCode_AndInvitesNobody()
    {
        await using var world = await PanelWorld.StartAsync();
        var moderator = await world.ModeratorAsync();
        var guests = await world.Host.WithDbAsync(db => db.PanelGuests.CountAsync());
        async Task<string?> CodeOf(InviteGuestRequest request)
        {
            var response = await moderator.Participant.PostAsync($"/api/panels/{world.PanelId}/guests", request);
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("code").GetString();
        }

        Assert.Equal(PanelErrors.GuestIncomplete, await CodeOf(new InviteGuestRequest("expert@guests.example", "  ", "Guest-Password-2026")));
        Assert.Equal(PanelErrors.GuestPasswordRequired, await CodeOf(new InviteGuestRequest("new@guests.example", "New Expert", null)));
        Assert.Equal("password.rejected", await CodeOf(new InviteGuestRequest("weak@guests.example", "Weak Expert", "short")));
        Assert.Equal(PanelErrors.GuestIsDelegate, await CodeOf(new InviteGuestRequest(DemoLogins.Head("MEX"), "A Delegate", null)));
        Assert.Equal(guests, await world.Host.WithDbAsync(db => db.PanelGuests.CountAsync()));
        Assert.Null(await world.Host.WithDbAsync(db => db.Users.SingleOrDefaultAsync(u => u.Email == "weak@guests.example")));
    }

    [Fact]
    public async Task OnlyTheModeratorOrSecretariat_InvitesGuests()
    {
        await using var world = await PanelWorld.StartAsync();
        await using var chair = await world.Host.SignInAsync(DemoLogins.Chair);

        var response = await chair.PostAsync($"/api/panels/{world.PanelId}/guests",
            new InviteGuestRequest("someone@guests.example", "Someone", "Guest-Password-2026"));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("auth.not_moderator", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
