using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace OnlineMinisterial.Web.Infrastructure.Realtime;

/// <summary>
/// Wraps a hub protocol (JSON, MessagePack) so that a call whose arguments cannot be read (a word where an enum
/// belongs, text where an id belongs, a missing argument, an unknown method) reaches the hub as a call of
/// <see cref="ArgumentsRefusal.Method"/>, which refuses it with <c>request.invalid_argument</c> like any other bad
/// input. SignalR would otherwise answer with its own uncoded message before any filter runs.
/// </summary>
internal sealed class UnreadableArgumentsProtocol(IHubProtocol inner) : IHubProtocol
{
    public string Name => inner.Name;
    public int Version => inner.Version;
    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        if (!inner.TryParseMessage(ref input, binder, out message)) return false;
        if (message is InvocationBindingFailureMessage failure)
            message = new InvocationMessage(failure.InvocationId, ArgumentsRefusal.Method, [failure.Target]);
        return true;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);
}

/// <summary>The hub method every hub has for calls whose arguments could not be read.</summary>
public static class ArgumentsRefusal
{
    public const string Method = "RefuseUnreadableArguments";
}
