using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>
/// Seeded and bounded: thousands of calls over every hub method with wrong arguments from every kind of caller.
/// The server stays healthy, nothing changes, and every refusal carries a code the docs list.
/// </summary>
public sealed partial class HubFuzzTests : HostPerTest
{
    private const int Seed = 20261201;
    private const int Calls = 3000;

    [Fact]
    public async Task WrongArgumentsFromAnyCaller_ChangeNothing_AndEveryRefusalHasADocumentedCode()
    {
        var random = new Random(Seed);
        var documented = DocumentedCodes();
        var callers = new List<Dictionary<string, HubConnection>>();
        foreach (var email in new[] { DemoLogins.Secretariat, DemoLogins.Chair, DemoLogins.Moderator, DemoLogins.Observer,
                     DemoLogins.Head("KAZ"), DemoLogins.Alternate("KAZ"), "kaz.adviser@onlineministerial.example" })
        {
            var person = await Host.SignInAsync(email);
            var hubs = new Dictionary<string, HubConnection>();
            foreach (var path in HubSurface.All.Select(m => m.Path).Distinct()) hubs[path] = await person.ConnectAsync(path, messagePack: random.Next(2) == 0);
            callers.Add(hubs);
        }
        var before = await FingerprintAsync();
        var methods = HubSurface.All.Where(m => m.Parameters.Length > 0).ToList();
        var codes = new Dictionary<string, int>();
        var watch = Stopwatch.StartNew();

        for (var i = 0; i < Calls; i++)
        {
            var method = methods[random.Next(methods.Count)];
            var connection = callers[random.Next(callers.Count)][method.Path];
            var args = method.Parameters.Select(p => Wrong(p.ParameterType, random)).ToArray();
            try
            {
                await connection.InvokeCoreAsync<object?>(method.Name, args);
            }
            catch (HubException e)
            {
                var code = HubErrors.CodeOf(e);
                Assert.True(code is not null && documented.Contains(code), $"call {i}: {method}: {e.Message}");
                codes[code!] = codes.GetValueOrDefault(code!) + 1;
            }
        }

        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(3), $"{Calls} calls took {watch.Elapsed}");
        Assert.DoesNotContain("server.unexpected", codes.Keys);
        Assert.Equal(before, await FingerprintAsync());
        Assert.All(callers.SelectMany(c => c.Values), c => Assert.Equal(HubConnectionState.Connected, c.State));
        Assert.Equal(HttpStatusCode.OK, (await Host.Anonymous().Http.GetAsync("/health/ready")).StatusCode);
        Assert.DoesNotContain(Host.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    // Always wrong: an id that names nothing, an empty or over-long text, a value of the wrong type, or null.
    private static object? Wrong(Type type, Random random)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return random.Next(4) switch
        {
            0 => null,
            1 => HubSurface.Unreadable(type),
            _ when t == typeof(Guid) => Guid.NewGuid(),
            _ when t == typeof(string) => random.Next(2) == 0 ? "" : new string('x', 10_001),
            _ when t == typeof(int) => random.Next(2) == 0 ? -1 : int.MaxValue,
            _ => HubSurface.Unreadable(type),
        };
    }

    // Every change is audited and bumps a version somewhere; presence (the fuzzers' own connections) is left out.
    private Task<string> FingerprintAsync() => Host.WithDbAsync(async db => string.Join("|",
        await db.AuditEntries.CountAsync(), await db.Sessions.SumAsync(s => s.Version), await db.Polls.CountAsync(),
        await db.Declarations.CountAsync(), await db.Delegations.Select(d => d.SeatHolderId).OrderBy(x => x).FirstOrDefaultAsync() ?? "",
        await db.Users.CountAsync(), await db.Notifications.CountAsync()));

    private static HashSet<string> DocumentedCodes()
    {
        var docs = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "docs");
        return Directory.GetFiles(docs, "*.md").SelectMany(f => CodePattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet();
    }

    [GeneratedRegex(@"`([a-z_]+(?:\.[a-z_]+)+)`")]
    private static partial Regex CodePattern();
}
