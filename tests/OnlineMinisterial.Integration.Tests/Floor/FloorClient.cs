using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Floor;

namespace OnlineMinisterial.Integration.Tests.Floor;

/// <summary>One person's floor hub connection, with the wire calls a browser makes and the events it receives.</summary>
internal sealed class FloorClient
{
    public const string HubPath = "/hubs/floor";

    public FloorClient(Participant participant, HubConnection connection)
    {
        Participant = participant;
        Connection = connection;
        Changes = new EventRecorder<FloorChange>(connection, nameof(IFloorClient.FloorChanged));
    }

    public Participant Participant { get; }
    public HubConnection Connection { get; }
    public EventRecorder<FloorChange> Changes { get; }

    public Task<FloorSnapshot> JoinAsync(Guid sessionId) => Connection.InvokeAsync<FloorSnapshot>("JoinSession", sessionId);

    public Task<FloorSnapshot> FloorAsync(Guid sessionId) => Connection.InvokeAsync<FloorSnapshot>("GetFloor", sessionId);

    public Task<FloorReceipt> RequestAsync(Guid sessionId, RequestKind kind = RequestKind.Statement, string? key = null, bool onBehalfOfGroup = false,
        string? language = "en", string? interpretedInto = null) =>
        Connection.InvokeAsync<FloorReceipt>("RequestFloor", sessionId, kind, onBehalfOfGroup, language, interpretedInto, key ?? Guid.NewGuid().ToString());

    public Task<FloorReceipt> PointOfOrderAsync(Guid sessionId, string? key = null, string? language = "en", string? interpretedInto = null) =>
        Connection.InvokeAsync<FloorReceipt>("RaisePointOfOrder", sessionId, language, interpretedInto, key ?? Guid.NewGuid().ToString());

    public Task<FloorReceipt> WithdrawAsync(Guid sessionId, Guid requestId) =>
        Connection.InvokeAsync<FloorReceipt>("Withdraw", sessionId, requestId);

    /// <summary>A chair command: the method name and its arguments after the session id, ending with the expected version.</summary>
    public Task<FloorSnapshot> ModerateAsync(string method, Guid sessionId, params object?[] rest) =>
        Connection.InvokeCoreAsync<FloorSnapshot>(method, [sessionId, .. rest]);

    /// <summary>Waits until this connection has received the change that produced <paramref name="version"/>.</summary>
    public Task<FloorChange> ChangeAsync(int version) => Changes.WaitForAsync(c => c.Version == version);
}

internal static partial class Refused
{
    /// <summary>Asserts the hub refused the call with <paramref name="code"/>.</summary>
    public static async Task<HubException> WithAsync(string code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<HubException>(call);
        Assert.Equal(code, CodeOf(error));
        return error;
    }

    /// <summary>The code in the error as a browser reads it: SignalR prefixes "[code] text" with its own words.</summary>
    public static string? CodeOf(HubException error) => CodePattern().Match(error.Message) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"\[([a-z0-9_.]+)\] ")]
    private static partial Regex CodePattern();
}
