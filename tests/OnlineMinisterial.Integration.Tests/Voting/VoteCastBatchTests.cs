using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Voting;
using OnlineMinisterial.Web.Infrastructure.Data;
using OnlineMinisterial.Web.Infrastructure.Realtime;

namespace OnlineMinisterial.Integration.Tests.Voting;

/// <summary>
/// Casts committed while the poll's previous event is still going out travel in one <c>VoteCast</c> (ADR 0060). The
/// poll's broadcast queue is held here, as a slow fan-out to thousands of screens would hold it.
/// </summary>
public sealed class VoteCastBatchTests : VotingHostTest
{
    [Fact]
    public async Task CastsCommittedWhileTheQueueIsBusy_GoOutAsOneEvent_ThatTellsEveryVersionAndVoter_AndTheLastNumbers()
    {
        var secretariat = await Kit.SecretariatAsync();
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        var voters = await Kit.SeatHoldersAsync(["USA", "KAZ", "MEX"]);
        var seen = new EventRecorder<VoteCast>(observer.Hub, nameof(IVotingClient.VoteCast));
        var tallied = new EventRecorder<VoteCast>(secretariat.Hub, nameof(IVotingClient.VoteCast));
        var usaOwnVote = new EventRecorder<YourVoteView>(voters[0].Hub, nameof(IVotingClient.YourVoteChanged));
        var poll = await Kit.OpenPollAsync(secretariat.Hub, await VotingKit.PublishedDeclarationAsync(secretariat.Hub));
        var opened = poll.Version;

        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = Host.Services.GetRequiredService<OrderedBroadcasts>().Send($"poll:{poll.PollId}", "held", () => release.Task);
        var receipts = new List<VoteReceipt>();
        foreach (var (voter, choice) in voters.Zip([VoteChoice.Yes, VoteChoice.No, VoteChoice.Abstain]))
            receipts.Add(await VotingKit.CastAsync(voter, poll.PollId, choice)); // answered at the commit, not at the fan-out
        Assert.Equal(3, receipts.Count);
        Assert.Empty(seen.Received);

        release.SetResult();
        await held;
        var batch = await seen.WaitForAsync(e => e.Version == opened + 3);
        Assert.Single(seen.Received);
        Assert.Equal((opened + 1, opened + 3), (batch.FromVersion, batch.Version));
        var ids = new List<Guid>();
        foreach (var code in new[] { "USA", "KAZ", "MEX" }) ids.Add(await Kit.DelegationIdAsync(code));
        Assert.Equal(ids, batch.DelegationIds);
        Assert.Equal(new TurnoutView(3, 52), batch.Turnout);
        Assert.Null(batch.RunningTally);
        Assert.Equal(new TallyView(1, 1, 1, 3), (await tallied.WaitForAsync(e => e.Version == opened + 3)).RunningTally);
        Assert.Single(tallied.Received);
        Assert.Equal(receipts[0].ReceiptId, (await usaOwnVote.WaitForAsync(v => v.PollId == poll.PollId)).Receipt.ReceiptId);

        // With the queue idle again, a cast goes out alone, at once.
        var changed = await VotingKit.CastAsync(voters[0], poll.PollId, VoteChoice.No);
        var alone = await seen.WaitForAsync(e => e.Version == opened + 4);
        Assert.Equal(opened + 4, alone.FromVersion);
        Assert.Equal([ids[0]], alone.DelegationIds);
        Assert.Equal(new TurnoutView(3, 52), alone.Turnout);
        Assert.Equal(changed.ReceiptId, (await usaOwnVote.WaitForAsync(v => v.Receipt.ReceiptId == changed.ReceiptId)).Receipt.ReceiptId);
    }

    [Fact]
    public async Task CastsStillQueuedForThePoll_JoinTheBatchOfTheCastBeforeThem_OneEventForTheBurst()
    {
        var secretariat = await Kit.SecretariatAsync();
        var observer = await Kit.JoinAsync(DemoLogins.Observer);
        var voters = await Kit.SeatHoldersAsync(["USA", "KAZ", "MEX", "FRA"]);
        var seen = new EventRecorder<VoteCast>(observer.Hub, nameof(IVotingClient.VoteCast));
        var poll = await Kit.OpenPollAsync(secretariat.Hub, await VotingKit.PublishedDeclarationAsync(secretariat.Hub));
        var opened = poll.Version;
        var groups = Host.Services.GetRequiredService<CommandGroups>();
        var aggregate = VotingBroadcaster.Aggregate(poll.PollId);

        // Another writer holds SQLite's write lock, as a long transaction would: the first cast starts alone and waits
        // for the lock; the others queue behind it for the next group. The first cast commits alone, and its VoteCast
        // would go out at once, the broadcast queue being idle: it waits for the casts still queued instead.
        await using var writer = new SqliteConnection(await Host.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!)));
        await writer.OpenAsync();
        await Sql(writer, "BEGIN IMMEDIATE");
        var first = VotingKit.CastAsync(voters[0], poll.PollId, VoteChoice.Yes);
        await UntilAsync(() => !groups.WhenIdle(aggregate).IsCompleted && groups.Waiting(aggregate) == 0);
        var rest = voters.Skip(1).Select(v => VotingKit.CastAsync(v, poll.PollId, VoteChoice.No)).ToList();
        await UntilAsync(() => groups.Waiting(aggregate) == rest.Count);
        await Sql(writer, "ROLLBACK");
        await first;
        await Task.WhenAll(rest);

        var burst = await seen.WaitForAsync(e => e.Version == opened + voters.Count);
        Assert.Single(seen.Received);
        Assert.Equal(opened + 1, burst.FromVersion);
        Assert.Equal(await Kit.DelegationIdAsync("USA"), burst.DelegationIds[0]);
        Assert.Equal(voters.Count, burst.DelegationIds.Distinct().Count());
    }

    private static async Task Sql(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var since = DateTime.UtcNow;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow - since < TimeSpan.FromSeconds(30), "The casts never reached the poll's queue.");
            await Task.Delay(20);
        }
    }
}
