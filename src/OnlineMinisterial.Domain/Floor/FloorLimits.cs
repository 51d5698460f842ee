using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Floor;

/// <summary>
/// Speaking-time limits of one session; null means no limit. Kept to plain properties and one constructor
/// so it can be stored as a complex property of the speaker list.
/// </summary>
public sealed record FloorLimits
{
    public FloorLimits(TimeSpan? statement, TimeSpan? groupStatement, TimeSpan? rightOfReply, TimeSpan? pointOfOrder)
    {
        Guard.That(IsValid(statement) && IsValid(groupStatement) && IsValid(rightOfReply) && IsValid(pointOfOrder),
            FloorErrors.InvalidLimit, "A speaking-time limit must be longer than zero, or none.");
        Statement = statement;
        GroupStatement = groupStatement;
        RightOfReply = rightOfReply;
        PointOfOrder = pointOfOrder;
    }

    /// <summary>Three minutes a statement, five on behalf of a group, one for a reply; a point of order is not timed.</summary>
    public static FloorLimits Default { get; } =
        new(TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1), null);

    public TimeSpan? Statement { get; private init; }

    /// <summary>Limit of a statement made on behalf of a group of delegations.</summary>
    public TimeSpan? GroupStatement { get; private init; }

    public TimeSpan? RightOfReply { get; private init; }
    public TimeSpan? PointOfOrder { get; private init; }

    public TimeSpan? LimitFor(RequestKind kind, bool onBehalfOfGroup) => kind switch
    {
        RequestKind.Statement => onBehalfOfGroup ? GroupStatement : Statement,
        RequestKind.RightOfReply => RightOfReply,
        RequestKind.PointOfOrder => PointOfOrder,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static bool IsValid(TimeSpan? limit) => limit is null || limit > TimeSpan.Zero;
}
