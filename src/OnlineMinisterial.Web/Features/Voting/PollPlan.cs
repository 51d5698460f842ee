using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// What the secretariat set when creating a poll that the domain takes only at open: the deadline and whether the
/// vote runs as a roll call. Stored on the poll's row as shadow columns, so the pure <see cref="Poll"/> stays as it
/// is; the poll must be tracked by the context to read or write them.
/// </summary>
internal sealed record PollPlan(DateTimeOffset? Deadline, bool RollCall)
{
    public const string DeadlineColumn = "PlannedDeadline";
    public const string RollCallColumn = "RollCall";

    public static PollPlan Of(AppDbContext db, Poll poll)
    {
        var entry = db.Entry(poll);
        return new(entry.Property<DateTimeOffset?>(DeadlineColumn).CurrentValue, entry.Property<bool>(RollCallColumn).CurrentValue);
    }

    public void ApplyTo(AppDbContext db, Poll poll)
    {
        var entry = db.Entry(poll);
        entry.Property<DateTimeOffset?>(DeadlineColumn).CurrentValue = Deadline;
        entry.Property<bool>(RollCallColumn).CurrentValue = RollCall;
    }
}
