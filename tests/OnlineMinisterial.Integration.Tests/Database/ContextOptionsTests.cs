using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Database;

/// <summary>
/// A context per scope, its options built once: every hub call and request makes a context, and building the options
/// (provider, interceptors, warnings) for each was a tenth of a crowd's connect time.
/// </summary>
public sealed class ContextOptionsTests : HostPerTest
{
    [Fact]
    public async Task EachScope_GetsItsOwnContext_OverOptionsBuiltOnce()
    {
        await using var first = Host.Services.CreateAsyncScope();
        await using var second = Host.Services.CreateAsyncScope();
        var (a, b) = (first.ServiceProvider.GetRequiredService<AppDbContext>(), second.ServiceProvider.GetRequiredService<AppDbContext>());

        Assert.NotSame(a, b);
        Assert.Same(first.ServiceProvider.GetRequiredService<DbContextOptions>(), second.ServiceProvider.GetRequiredService<DbContextOptions>());
        Assert.True(await a.Sessions.AnyAsync());   // the options still reach the database
    }
}
