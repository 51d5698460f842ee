using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>
/// A write refused by a unique index, on any of the three providers. A command checks its rule first (a code
/// taken, an address with an account); the index is the backstop when two commands pass that check at the same
/// moment, and the later one must then be a conflict, not a server error.
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19, SqliteUnique = 2067, SqlitePrimaryKey = 1555;
    private const int SqlServerUniqueIndex = 2601, SqlServerUniqueConstraint = 2627;

    public static bool Is(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == SqliteConstraint && s.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException q => q.Number is SqlServerUniqueIndex or SqlServerUniqueConstraint,
        _ => false,
    };
}
