using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// After a secret poll closes or is cancelled (and its ballots were reissued, ADR 0009), removes what storage still
/// remembers of the links that existed while it was open (ADR 0020): on SQLite, deleted content is already zeroed
/// (secure_delete on every connection) and a truncating checkpoint empties the write-ahead log; on PostgreSQL the two
/// tables that held the link are rewritten (VACUUM FULL), which leaves no dead row versions in their files.
/// </summary>
public sealed class SecretBallotStorage(AppDbContext db, ILogger<SecretBallotStorage> logger)
{
    private const int Attempts = 20;

    public async Task ForgetLinksAsync()
    {
        try
        {
            if (db.Database.IsSqlite()) await CheckpointSqliteAsync();
            else if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlRawAsync("VACUUM (FULL) \"PollParticipations\", \"PollSecretBallots\"");
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
}
