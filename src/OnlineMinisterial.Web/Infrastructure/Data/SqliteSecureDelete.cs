using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>
/// Turns on SQLite's secure_delete for every connection: deleted and overwritten content is zeroed on its page and
/// in freed pages, so a secret ballot removed at close cannot be read back from the file (ADR 0020).
/// </summary>
internal sealed class SqliteSecureDelete : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
