using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>What a delegate does: always for their own delegation, while the session is live or its list is open for inscription.</summary>
public sealed partial class FloorHub
{
    /// <summary>
    /// Asks the floor, saying the language the delegation will speak (ISO 639-1) and, for one that is not official,
    /// the official language it is interpreted into. Send a new idempotency key per intent and the same one when retrying it.
    /// </summary>
    public Task<FloorReceipt> RequestFloor(Guid sessionId, RequestKind kind, bool onBehalfOfGroup, string? language,
        string? interpretedInto, string idempotencyKey) =>
        floor.RequestFloorAsync(Context.User!, sessionId, new FloorAsk(kind, onBehalfOfGroup, language, interpretedInto), idempotencyKey,
            Context.ConnectionAborted);

    /// <summary>A point of order goes ahead of every statement and is allowed on a closed list.</summary>
    public Task<FloorReceipt> RaisePointOfOrder(Guid sessionId, string? language, string? interpretedInto, string idempotencyKey) =>
        floor.RequestFloorAsync(Context.User!, sessionId, new FloorAsk(RequestKind.PointOfOrder, false, language, interpretedInto),
            idempotencyKey, Context.ConnectionAborted);

    public Task<FloorReceipt> Withdraw(Guid sessionId, Guid requestId) =>
        floor.WithdrawAsync(Context.User!, sessionId, requestId, Context.ConnectionAborted);
}
