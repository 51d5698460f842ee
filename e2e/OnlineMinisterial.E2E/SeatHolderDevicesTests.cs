using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.E2E;

/// <summary>A head of delegation votes on a laptop; the tablet they also have open shows the same vote and receipt.</summary>
[Collection(BrowserTests.Name)]
public sealed class SeatHolderDevicesTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    [Fact]
    public async Task SeatHolderVotesOnOneDevice_TheOtherShowsTheCurrentVoteAndReceipt_AndFollowsAChange()
    {
        var declarationId = await Declarations.PublishedAsync(fixture.Host);
        await using var laptop = await fixture.OpenAsync("devices-laptop", timeZone: "Asia/Almaty");
        await using var tablet = await fixture.OpenAsync("devices-tablet", timeZone: "Asia/Almaty", width: 768, height: 1024);
        await laptop.SignInAsync($"kaz.head@{Domain}");
        await tablet.SignInAsync($"kaz.head@{Domain}");
        await laptop.Page.GotoAsync("/vote");
        await tablet.Page.GotoAsync("/vote");

        await using var secretariat = await fixture.Host.SignInAsync($"secretariat@{Domain}");
        var hub = await secretariat.ConnectAsync("/hubs/voting");
        var draft = await hub.InvokeAsync<PollView>("CreatePoll", new CreatePollRequest(PollSubjectKind.Declaration, declarationId,
            "Two devices: adopt the declaration?", PollMode.Recorded, DecisionRule.SimpleMajority, new QuorumSpec(QuorumKind.Count, 1), null, false));
        var poll = await Polls.OpenWhenQuorateAsync(hub, draft.PollId);
        try
        {
            await laptop.Page.GotoAsync($"/vote?id={poll.PollId}");
            await tablet.Page.GotoAsync($"/vote?id={poll.PollId}");
            await laptop.Page.GetByTestId("vote-yes").ClickAsync();
            await laptop.Page.GetByTestId("vote-confirm").ClickAsync();
            var receipt = laptop.Page.GetByTestId("receipt");
            await Assertions.Expect(receipt).Not.ToBeEmptyAsync();
            var receiptId = await receipt.TextContentAsync();

            await Assertions.Expect(tablet.Page.GetByTestId("receipt")).ToHaveTextAsync(receiptId!);
            await Assertions.Expect(tablet.Page.GetByTestId("vote-yes")).ToHaveAttributeAsync("aria-pressed", "true");
            await tablet.ScreenshotAsync("other-device-vote");

            // A change of vote on the laptop reaches the tablet live, without a reload.
            await laptop.Page.GetByTestId("vote-no").ClickAsync();
            await laptop.Page.GetByTestId("vote-confirm").ClickAsync();
            await Assertions.Expect(tablet.Page.GetByTestId("vote-no")).ToHaveAttributeAsync("aria-pressed", "true");
            await Assertions.Expect(tablet.Page.GetByTestId("receipt")).Not.ToHaveTextAsync(receiptId!);

            // After a reload the tablet still shows it: it comes from the server, not from the laptop's storage.
            await tablet.Page.ReloadAsync();
            await Assertions.Expect(tablet.Page.GetByTestId("vote-no")).ToHaveAttributeAsync("aria-pressed", "true");
            await tablet.ScreenshotAsync("other-device-changed");
        }
        finally
        {
            await hub.InvokeAsync<PollView>("CancelPoll", poll.PollId);
        }
    }
}
