using System.Text;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Scheduling;
using OnlineMinisterial.Integration.Tests.Voting;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>
/// After a secret poll closes, the raw database files (SQLite: main file, WAL, free pages; PostgreSQL: the database's
/// data files after a checkpoint) hold none of the ballot ids that linked a delegation to a choice while it was open.
/// Before the close the same scan finds them, so the scan is known to see what it looks for.
/// </summary>
public abstract class SecretBallotStorageTests(Func<Task<TestDatabase>>? database) : VotingHostTest(database)
{
    private static readonly string[] Voters = ["USA", "KAZ", "MEX", "CAN", "GBR"];

    protected abstract Task<IReadOnlyList<string>> DatabaseFilesAsync();

    [Fact]
    public async Task AfterASecretPollCloses_NoDatabaseFileLinksADelegationToAChoice()
    {
        var found = await VoteCloseAndScanAsync(close => close());
        Assert.True(found.Count == 0, "Still in the files: " + string.Join(", ", found));
    }

    /// <summary>
    /// Five seat holders vote (one changes its vote), the scan finds the links while the poll is open (the control),
    /// then the poll is closed through <paramref name="aroundClose"/> and the files are scanned again.
    /// </summary>
    protected async Task<List<string>> VoteCloseAndScanAsync(Func<Func<Task>, Task> aroundClose)
    {
        var secretariat = await Kit.SecretariatAsync();
        var voters = await Kit.SeatHoldersAsync(Voters);
        var poll = await Kit.OpenPollAsync(secretariat.Hub, await VotingKit.PublishedDeclarationAsync(secretariat.Hub), PollMode.Secret);
        var linked = new HashSet<Guid>();
        foreach (var (voter, i) in voters.Select((v, i) => (v, i)))
        {
            await VotingKit.CastAsync(voter, poll.PollId, i % 2 == 0 ? VoteChoice.Yes : VoteChoice.No);
            linked.UnionWith(await LinkedBallotIdsAsync(poll.PollId));
        }
        await VotingKit.CastAsync(voters[0], poll.PollId, VoteChoice.Abstain); // a change of vote replaces a ballot
        linked.UnionWith(await LinkedBallotIdsAsync(poll.PollId));
        Assert.Equal(Voters.Length + 1, linked.Count);
        Assert.NotEmpty(await FoundAsync(linked)); // the control: while open, the files do hold the links

        await aroundClose(() => secretariat.Hub.InvokeAsync<PollView>("ClosePoll", poll.PollId));

        return await FoundAsync(linked);
    }

    private Task<List<Guid>> LinkedBallotIdsAsync(Guid pollId) => Host.WithDbAsync(db => db.Polls.Where(p => p.Id == pollId)
        .SelectMany(p => p.Participations).Select(p => EF.Property<Guid?>(p, "SecretBallotId")).Where(id => id != null)
        .Select(id => id!.Value).ToListAsync());

    private async Task<List<string>> FoundAsync(IEnumerable<Guid> ids)
    {
        var files = await DatabaseFilesAsync();
        var contents = files.Select(ReadShared).ToList();
        var found = new List<string>();
        foreach (var id in ids)
        {
            var forms = new[]
            {
                Encoding.ASCII.GetBytes(id.ToString().ToUpperInvariant()), Encoding.ASCII.GetBytes(id.ToString()),
                id.ToByteArray(), id.ToByteArray(bigEndian: true),
            };
            for (var f = 0; f < files.Count; f++)
                if (forms.Any(form => contents[f].AsSpan().IndexOf(form) >= 0)) found.Add($"{id} in {Path.GetFileName(files[f])}");
        }
        return found;
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

public sealed class SecretBallotStorageSqliteTests() : SecretBallotStorageTests(null)
{
    protected override Task<IReadOnlyList<string>> DatabaseFilesAsync() =>
        Task.FromResult<IReadOnlyList<string>>(Directory.GetFiles(Host.Database.DataFolder, "onlineministerial.db*"));
}

public sealed class SecretBallotStoragePostgresTests() : SecretBallotStorageTests(TestDatabase.PostgresAsync)
{
    protected override async Task<IReadOnlyList<string>> DatabaseFilesAsync()
    {
        await using var connection = new NpgsqlConnection(Host.Database.ConnectionString);
        await connection.OpenAsync();
        await using (var checkpoint = new NpgsqlCommand("CHECKPOINT", connection)) await checkpoint.ExecuteNonQueryAsync();
        await using var where = new NpgsqlCommand(
            "SELECT current_setting('data_directory') || '/base/' || oid FROM pg_database WHERE datname = current_database()", connection);
        var folder = (string)(await where.ExecuteScalarAsync())!;
        return Directory.GetFiles(folder);
    }

    /// <summary>
    /// A transaction that began before the close and still runs keeps the deleted links "recently dead": a rewrite
    /// at that moment would copy them into the new files. The scrub waits for it to end, then rewrites.
    /// </summary>
    [Fact]
    public Task ATransactionOlderThanTheClose_IsWaitedForBeforeTheRewrite() => CloseWhileAnOlderWriteRunsAsync(null);

    /// <summary>
    /// A write that began before the close in another database of the same server keeps the deleted links "recently
    /// dead" as well: every snapshot taken after it (the rewrite's own included) starts at its transaction id. The
    /// scrub waits for it to end too.
    /// </summary>
    [Fact]
    public Task AWriteInAnotherDatabaseOlderThanTheClose_IsWaitedForBeforeTheRewrite() => CloseWhileAnOlderWriteRunsAsync("postgres");

    // A transaction with an id, in this test's database or in <paramref name="database"/>, stays open across the
    // close: the close must not finish (its scrub waits) until it commits, and then the files are clean.
    private async Task CloseWhileAnOlderWriteRunsAsync(string? database)
    {
        var found = await VoteCloseAndScanAsync(async close =>
        {
            var where = new NpgsqlConnectionStringBuilder(Host.Database.ConnectionString) { Pooling = false };
            if (database is not null) where.Database = database;
            await using var older = new NpgsqlConnection(where.ConnectionString);
            await older.OpenAsync();
            await using var transaction = await older.BeginTransactionAsync();
            await using (var xid = new NpgsqlCommand("SELECT pg_current_xact_id()", older, transaction)) await xid.ExecuteScalarAsync();
            await using var watcher = new NpgsqlConnection(Host.Database.ConnectionString);
            await watcher.OpenAsync();
            var closing = close();
            await Agenda.EventuallyAsync(async () => closing.IsCompleted || await ScrubIsWaitingAsync(watcher),
                TimeSpan.FromSeconds(10), "the close finishes or its scrub waits");
            Assert.False(closing.IsCompleted, $"The close finished while an older write (database {database ?? "of the test"}) still ran");
            await transaction.CommitAsync();
            await closing;
        });
        Assert.True(found.Count == 0, "Still in the files: " + string.Join(", ", found));
    }

    // Outside a transaction: PostgreSQL keeps one picture of pg_stat_activity per transaction.
    private static async Task<bool> ScrubIsWaitingAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%pg_snapshot_xmin%'",
            connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
