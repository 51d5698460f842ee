using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Integration.Tests.Panels;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Notifications;
using OnlineMinisterial.Web.Features.Panels;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>
/// The backstop of the text limits: whatever a command forgets to check, a text longer than its column is refused
/// with text.too_long before anything is written, the same on SQLite (which would store it whole) and PostgreSQL
/// (which would fail at commit with a 500).
/// </summary>
public abstract class ColumnLengthTests(DatabaseProvider provider) : HostPerTest(provider)
{
    [Fact]
    public async Task AChangedTextOverItsColumn_IsRefusedWithTextTooLong_AndTheRowIsUnchanged()
    {
        var (id, code) = await Host.WithDbAsync(async db => await db.Delegations.OrderBy(d => d.Code).Select(d => new { d.Id, d.Code }).FirstAsync() is var d
            ? (d.Id, d.Code) : default);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Host.WithDbAsync(async db =>
        {
            var delegation = await db.Delegations.SingleAsync(x => x.Id == id);
            db.Entry(delegation).Property(x => x.Code).CurrentValue = new string('X', 17); // the column holds 16
            return await db.SaveChangesAsync();
        }));
        Assert.Equal(ErrorCodes.TextTooLong, refused.Code);
        Assert.Contains("code of the delegation", refused.Message, StringComparison.Ordinal);
        Assert.Equal(code, await Host.WithDbAsync(db => db.Delegations.Where(x => x.Id == id).Select(x => x.Code).SingleAsync()));
    }

    [Fact]
    public async Task AnAddedRowWithATextOverItsColumn_IsRefused_AndNothingOfTheSaveIsWritten()
    {
        var before = await Host.WithDbAsync(db => db.Notifications.CountAsync());
        var refused = await Assert.ThrowsAsync<DomainException>(() => Host.WithDbAsync(async db =>
        {
            db.Notifications.Add(new Notification { Id = Guid.NewGuid(), PersonId = "someone", TextKey = "notification.ok", CreatedAt = DateTimeOffset.UnixEpoch });
            db.Notifications.Add(new Notification { Id = Guid.NewGuid(), PersonId = "someone", TextKey = new string('k', 101), CreatedAt = DateTimeOffset.UnixEpoch });
            return await db.SaveChangesAsync();
        }));
        Assert.Equal(ErrorCodes.TextTooLong, refused.Code);
        Assert.Equal(before, await Host.WithDbAsync(db => db.Notifications.CountAsync()));
    }

    [Fact]
    public async Task TextsAtTheirColumnsLength_AreWrittenWhole()
    {
        var id = await Host.WithDbAsync(db => db.Delegations.OrderBy(d => d.Code).Select(d => d.Id).FirstAsync());
        await Host.WithDbAsync(async db =>
        {
            var delegation = await db.Delegations.SingleAsync(x => x.Id == id);
            db.Entry(delegation).Property(x => x.Code).CurrentValue = new string('X', 16);
            return await db.SaveChangesAsync();
        });
        Assert.Equal(new string('X', 16), await Host.WithDbAsync(db => db.Delegations.Where(x => x.Id == id).Select(x => x.Code).SingleAsync()));
    }
}

public sealed class ColumnLengthSqliteTests() : ColumnLengthTests(DatabaseProvider.Sqlite);

public sealed class ColumnLengthPostgresTests() : ColumnLengthTests(DatabaseProvider.Postgres);

/// <summary>A panel guest's name and e-mail over their limits: text.too_long, and no account is made.</summary>
public sealed class GuestNameLimitTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AGuestNameOrEmailOneOverItsLimit_IsTextTooLong_AndNoAccountIsMade(DatabaseProvider provider)
    {
        await using var world = await PanelWorld.StartAsync(provider);
        var moderator = await world.ModeratorAsync();
        var users = await world.Host.WithDbAsync(db => db.Users.CountAsync());
        var longEmail = new string('e', TextLimits.Email - "@guests.example".Length + 1) + "@guests.example";
        foreach (var request in new[]
                 {
                     new InviteGuestRequest("expert@guests.example", new string('n', TextLimits.PersonName + 1), AppHost.DemoPassword),
                     new InviteGuestRequest(longEmail, "Dr. Invited Expert", AppHost.DemoPassword),
                 })
        {
            var response = await moderator.Participant.PostAsync($"/api/panels/{world.PanelId}/guests", request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(ErrorCodes.TextTooLong, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }
        Assert.Equal(users, await world.Host.WithDbAsync(db => db.Users.CountAsync()));
    }
}
