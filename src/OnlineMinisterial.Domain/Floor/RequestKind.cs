namespace OnlineMinisterial.Domain.Floor;

/// <summary>What a delegation asks the floor for; the kind decides its group in the order and its time limit.</summary>
public enum RequestKind
{
    Statement,
    PointOfOrder,
    RightOfReply,
}
