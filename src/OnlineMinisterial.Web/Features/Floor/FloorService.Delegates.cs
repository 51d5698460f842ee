using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Web.Features.Floor;

public sealed partial class FloorService
{
    /// <summary>
    /// A delegate asks the floor for their delegation. The idempotency key makes a retry (a reconnect, a double
    /// click) return the request the key was first answered with, whatever happened to it since; a new key while the
    /// delegation already has an open request of that kind gets that request (the domain's rule), and is remembered too.
    /// </summary>
    public Task<FloorReceipt> RequestFloorAsync(ClaimsPrincipal user, Guid sessionId, FloorAsk ask,
        string? idempotencyKey, CancellationToken ct = default) =>
        GroupedAsync(sessionId, (floor, token) => floor.RequestFloorNowAsync(user, sessionId, ask, idempotencyKey, token), ct);

    private async Task<FloorReceipt> RequestFloorNowAsync(ClaimsPrincipal user, Guid sessionId, FloorAsk ask,
        string? idempotencyKey, CancellationToken ct)
    {
        var (kind, onBehalfOfGroup) = (ask.Kind, ask.OnBehalfOfGroup);
        var outcome = await RunAsync(user, sessionId, Who.Delegate, null, async step =>
        {
            EnsureDefined(kind);
            var language = FloorLanguage.Declare(ask.Language, ask.InterpretedInto);
            var key = ValidKey(idempotencyKey);
            var delegationId = step.DelegationId!.Value;
            var added = AddedKeys(sessionId);
            var known = added.TryGetValue((delegationId, key), out var inGroup) ? inGroup : await db.FloorRequestKeys.AsNoTracking()
                .Where(k => k.SessionId == sessionId && k.DelegationId == delegationId && k.Key == key)
                .Select(k => (Guid?)k.RequestId).SingleOrDefaultAsync(ct);
            if (known is { } first) return new Effect("floor.requested", RequestId: first);

            var request = step.List.Request(Guid.NewGuid(), delegationId, kind, step.Now, step.Caller.PersonId, onBehalfOfGroup, language);
            db.FloorRequestKeys.Add(new FloorRequestKey
            {
                SessionId = sessionId, DelegationId = delegationId, Key = key, RequestId = request.Id, CreatedAt = step.Now,
            });
            added[(delegationId, key)] = request.Id;
            return new Effect("floor.requested", new { requestId = request.Id, delegationId, kind, onBehalfOfGroup, language = request.Language, interpretedInto = request.InterpretedInto }, request.Id);
        }, ct);
        return Receipt(outcome);
    }

    /// <summary>
    /// A delegation takes back its own waiting request. Withdrawing one already withdrawn answers as before, so a
    /// retried withdrawal is harmless.
    /// </summary>
    public Task<FloorReceipt> WithdrawAsync(ClaimsPrincipal user, Guid sessionId, Guid requestId, CancellationToken ct = default) =>
        GroupedAsync(sessionId, (floor, token) => floor.WithdrawNowAsync(user, sessionId, requestId, token), ct);

    private async Task<FloorReceipt> WithdrawNowAsync(ClaimsPrincipal user, Guid sessionId, Guid requestId, CancellationToken ct)
    {
        var outcome = await RunAsync(user, sessionId, Who.Delegate, null, step =>
        {
            var already = step.List.Requests.FirstOrDefault(r => r.Id == requestId);
            if (already is { State: RequestState.Withdrawn } && already.DelegationId == step.DelegationId)
                return new Effect("floor.withdrawn", RequestId: requestId);
            step.List.Withdraw(requestId, step.DelegationId!.Value);
            return new Effect("floor.withdrawn", new { requestId }, requestId);
        }, ct);
        return Receipt(outcome);
    }

    /// <summary>
    /// The idempotency keys this transaction added for the session's floor, not yet saved in a group saved once: a retry
    /// later in the same group finds its key here, as it would find it in the table once saved.
    /// </summary>
    private Dictionary<(Guid DelegationId, string Key), Guid> AddedKeys(Guid sessionId) =>
        db.HeldOr($"floor-keys:{sessionId}", () => new Dictionary<(Guid DelegationId, string Key), Guid>());

    private static FloorReceipt Receipt(Outcome o)
    {
        var request = o.List.Requests.Single(r => r.Id == o.RequestId);
        var position = o.Public.Waiting.FirstOrDefault(w => w.RequestId == request.Id)?.Position;
        return new FloorReceipt(o.List.SessionId, request.Id, request.Kind, request.State, position, o.List.Version);
    }

    private static string ValidKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > FloorRequestKey.MaxLength)
            throw new DomainException(ErrorCodes.InvalidArgument,
                $"A request needs an idempotency key of 1 to {FloorRequestKey.MaxLength} characters, new for each intent.");
        return key;
    }

    private static void EnsureDefined(RequestKind kind)
    {
        if (!Enum.IsDefined(kind))
            throw new DomainException(ErrorCodes.InvalidArgument, "The kind must be Statement, PointOfOrder or RightOfReply.");
    }
}
