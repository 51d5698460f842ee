using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Floor;
using OnlineMinisterial.Web.Features.Panels;

namespace OnlineMinisterial.Integration.Tests.Panels;

/// <summary>A closed panel is final: every question, moderation and stage command is refused with session.closed.</summary>
internal static class PanelAfterCloseScenario
{
    public static async Task EverythingRefusedAfterCloseAsync(PanelWorld world)
    {
        var id = world.PanelId;
        var moderator = await world.ModeratorAsync();
        var kaz = await world.DelegateAsync("KAZ");
        var mex = await world.DelegateAsync("MEX");
        var asked = await kaz.AskAsync(id, "How is early warning data shared across regions?");
        var answered = await kaz.AskAsync(id, "Which forensic laboratories take part?");
        await moderator.InvokeAsync<BoardView>("MarkAnswered", id, answered.Question.Id);
        await moderator.InvokeAsync<StageView>("PutOnStage", id, mex.PersonId);
        var open = await moderator.PanelAsync(id);
        var closed = await moderator.Participant.PostAsync($"/api/sessions/{id}/close", new { version = open.SessionVersion, endSpeech = false });
        closed.EnsureSuccessStatusCode();
        var before = await moderator.PanelAsync(id);
        Assert.Equal(SessionState.Closed, before.State);
        var floorVersion = await world.Host.WithDbAsync(d => d.SpeakerLists.Where(l => l.SessionId == id).Select(l => (int?)l.Version).SingleOrDefaultAsync()) ?? 0;

        Func<Task>[] commands =
        [
            () => mex.AskAsync(id, "One more question after the close?"),
            () => mex.UpvoteAsync(id, asked.Question.Id),
            () => kaz.InvokeAsync<VoteReceipt>("WithdrawUpvote", id, asked.Question.Id),
            () => moderator.InvokeAsync<BoardView>("SetPreModeration", id, true),
            () => moderator.InvokeAsync<BoardView>("Approve", id, asked.Question.Id),
            () => moderator.InvokeAsync<BoardView>("Pin", id, asked.Question.Id),
            () => moderator.InvokeAsync<BoardView>("Unpin", id),
            () => moderator.InvokeAsync<BoardView>("MarkAnswered", id, asked.Question.Id),
            () => moderator.InvokeAsync<BoardView>("Restore", id, answered.Question.Id),
            () => moderator.InvokeAsync<BoardView>("Dismiss", id, asked.Question.Id),
            () => moderator.InvokeAsync<StageView>("PutOnStage", id, kaz.PersonId),
            () => moderator.InvokeAsync<StageView>("TakeOffStage", id, mex.PersonId),
            () => moderator.InvokeAsync<FloorSnapshot>("GiveFloorToPanelist", id, mex.PersonId, floorVersion),
            () => moderator.InvokeAsync<VideoLinkChange>("SetVideoUrl", id, "https://video.example/panel"),
        ];
        foreach (var command in commands)
        {
            var (code, message) = await Refused.ByAsync(command);
            Assert.True(code == ConferenceErrors.SessionClosed, $"{code}: {message}");
        }

        var after = await moderator.PanelAsync(id);
        Assert.Equal((before.SessionVersion, before.Board.Version, before.Stage.Version, before.VideoUrl),
            (after.SessionVersion, after.Board.Version, after.Stage.Version, after.VideoUrl));
        Assert.Equal(floorVersion, await world.Host.WithDbAsync(d => d.SpeakerLists.Where(l => l.SessionId == id).Select(l => (int?)l.Version).SingleOrDefaultAsync()) ?? 0);
        Assert.Equal(2, after.Board.Questions.Count);
    }
}
