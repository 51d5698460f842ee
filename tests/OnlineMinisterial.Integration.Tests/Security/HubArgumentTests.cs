using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>Every hub method, called with arguments SignalR cannot read, answers request.invalid_argument.</summary>
public sealed class HubArgumentTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    public static TheoryData<string> Methods() => new(HubSurface.All.Select(m => m.ToString()));

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task UnreadableArguments_AreRefusedWithACode(string method)
    {
        var target = HubSurface.All.Single(m => m.ToString() == method);
        await using var secretariat = await fixture.Host.SignInAsync(DemoLogins.Secretariat);
        var connection = await secretariat.ConnectAsync(target.Path);
        var parameters = target.Parameters;

        var calls = new List<object?[]>
        {
            parameters.Select(_ => (object?)null).ToArray(),                  // null everywhere
            parameters.Select(_ => (object?)1).Append("extra").ToArray(),      // one argument too many
        };
        if (parameters.Length > 0) calls.Add(parameters.Skip(1).Select(_ => (object?)null).ToArray()); // one missing
        for (var i = 0; i < parameters.Length; i++)                          // each argument unreadable in turn
            calls.Add(parameters.Select((p, j) => j == i ? HubSurface.Unreadable(p.ParameterType) : HubSurface.Plausible(p.ParameterType, new Random(j))).ToArray());

        foreach (var args in calls)
        {
            if (parameters.Length == 0 && args.Length == 0) continue;
            var nullEverywhere = args.Length == parameters.Length && args.All(a => a is null);
            if (nullEverywhere && parameters.All(p => Nullable.GetUnderlyingType(p.ParameterType) is not null)) continue;
            var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeCoreAsync<object?>(target.Name, args));
            Assert.True(HubErrors.CodeOf(error) == ErrorCodes.InvalidArgument,
                $"{method}({string.Join(", ", args.Select(a => a?.ToString() ?? "null"))}) answered: {error.Message}");
        }
        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    public static TheoryData<string> HubPaths() => new(HubSurface.Hubs.Select(h => h.Path));

    [Theory]
    [MemberData(nameof(HubPaths))]
    public async Task UnknownMethod_IsRefusedWithACode_OnEveryHub(string path)
    {
        await using var kaz = await fixture.Host.SignInAsync(DemoLogins.Head("KAZ"));
        foreach (var messagePack in new[] { false, true })
        {
            var connection = await kaz.ConnectAsync(path, messagePack);
            var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<object>("NoSuchMethod", 1));
            Assert.True(HubErrors.CodeOf(error) == ErrorCodes.InvalidArgument, $"{path}: {error.Message}");
            Assert.Equal(HubConnectionState.Connected, connection.State);
        }
    }

    [Fact]
    public void TheSurface_HoldsEveryMappedHub()
    {
        var mapped = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<HubMetadata>()?.HubType).OfType<Type>().Distinct().OrderBy(t => t.Name).ToList();
        Assert.NotEmpty(mapped);
        Assert.Equal(mapped, HubSurface.Hubs.Select(h => h.Hub).OrderBy(t => t.Name).ToList());
        Assert.All(mapped, hub => Assert.NotNull(hub.GetMethod(OnlineMinisterial.Web.Infrastructure.Realtime.ArgumentsRefusal.Method)));
    }
}
