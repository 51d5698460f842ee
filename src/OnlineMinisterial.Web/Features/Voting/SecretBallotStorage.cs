using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// After a secret poll closes or is cancelled (and its ballots were reissued, ADR 0009), removes what storage still
/// remembers of the links that existed while it was open (ADR 0020): on SQLite, deleted content is already zeroed
/// (secure_delete on every connection) and a truncating checkpoint empties the write-ahead log; on PostgreSQL the two
/// tables that held the link are rewritten (VACUUM FULL), which leaves no dead row versions in their files, once
/// no transaction that could still see them runs (until then PostgreSQL must keep those versions, and a rewrite
/// copies them into the new files).
/// </summary>
public sealed class SecretBallotStorage(AppDbContext db, ILogger<SecretBallotStorage> logger)
{
    private const int Attempts = 20;

    /// <summary>How long the scrub waits for transactions older than the close before it rewrites anyway.</summary>
    public static readonly TimeSpan OlderTransactionsWait = TimeSpan.FromSeconds(10);

    public async Task ForgetLinksAsync()
    {
        try
        {
            if (db.Database.IsSqlite()) await CheckpointSqliteAsync();
            else if (db.Database.IsNpgsql()) await RewritePostgresAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The poll is closed and its result stands; only the scrubbing failed. Say so loudly: docs/security.md
            // tells the operator how to run it by hand.
            logger.LogError(e, "Could not scrub the storage of a closed secret poll; run the maintenance in docs/security.md");
        }
    }

    private async Task CheckpointSqliteAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            // wal_checkpoint answers (busy, log frames, checkpointed frames); busy = 1 while another connection reads.
            if (await CheckpointOnceAsync() == 0) return;
            if (attempt == Attempts) throw new InvalidOperationException("The SQLite write-ahead log stayed busy; it was not truncated.");
            await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt));
        }
    }

    private async Task<long> CheckpointOnceAsync()
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var reader = await command.ExecuteReaderAsync();
            return await reader.ReadAsync() ? reader.GetInt64(0) : 1;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task RewritePostgresAsync()
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            // The first transaction id not yet given out: the close's, committed, is below it.
            var horizon = await ScalarAsync<long>("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint");
            if (!await OlderTransactionsEndedAsync(horizon))
                logger.LogWarning("Transactions older than a secret poll's close still run after {Wait}; dead row versions they can see survive this rewrite until the next one",
                    OlderTransactionsWait);
            await db.Database.ExecuteSqlRawAsync("VACUUM (FULL) \"PollParticipations\", \"PollSecretBallots\"");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // VACUUM FULL keeps a row version deleted by the close ("recently dead") while the oldest snapshot that counts
    // can still see it: that of any transaction of this database, and its own, which starts at the oldest
    // transaction id still running on the whole server, in any database. Wait, within a bound, until no write of
    // the server older than the close still runs and no transaction of this database holds a snapshot from before.
    private async Task<bool> OlderTransactionsEndedAsync(long horizon)
    {
        // Real time: this waits on other database sessions, not on the conference's clock.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var older = await ScalarAsync<bool>(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint < @horizon OR EXISTS (SELECT 1 FROM pg_stat_activity " +
                "WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xmin IS NOT NULL " +
                "AND age(backend_xmin) > age(xid(@horizon::text::xid8)))", horizon);
            if (!older) return true;
            if (waited.Elapsed >= OlderTransactionsWait) return false;
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    private async Task<T> ScalarAsync<T>(string sql, long? horizon = null)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        if (horizon is { } value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "horizon";
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
