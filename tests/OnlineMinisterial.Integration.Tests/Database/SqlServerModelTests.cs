using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Database;

/// <summary>
/// No SQL Server engine can run on the test machines, so this proves what can be proved without one: the model
/// matches the SQL Server migrations, and those migrations produce a complete script.
/// </summary>
public sealed class SqlServerModelTests
{
    private static SqlServerAppDbContext Context() => new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
        .UseSqlServer("Server=127.0.0.1,1;Database=never-contacted;TrustServerCertificate=true").Options);

    [Fact]
    public void Model_HasNoPendingChanges_AgainstTheSqlServerMigrations()
    {
        using var db = Context();
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void MigrationScript_CreatesEveryTable()
    {
        using var db = Context();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).Where(t => t is not null).Distinct())
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }
}
