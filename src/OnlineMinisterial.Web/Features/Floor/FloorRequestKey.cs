namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>
/// An idempotency key a delegation sent with a request for the floor, and the request it was answered with.
/// Every key is kept (not only the one that created the request), so a retry returns the same request even after
/// it was given, withdrawn or removed, and even when the first call was itself answered with an open request.
/// </summary>
public sealed class FloorRequestKey
{
    public const int MaxLength = 100;

    public Guid SessionId { get; set; }
    public Guid DelegationId { get; set; }
    public string Key { get; set; } = "";
    public Guid RequestId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
