using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Features.Scheduling;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// A poll closes at its deadline. Inside the executor's transaction: an early run is refused (and rolled back, to be
/// retried), a poll already closed or cancelled is left alone, and PollChanged is sent only after the commit.
/// </summary>
internal sealed class ClosePollHandler(PollLifecycle polls) : ITransitionHandler
{
    public TransitionKind Kind => TransitionKind.ClosePoll;

    public Task<Func<Task>?> ExecuteAsync(ScheduledTransition transition, DateTimeOffset now, CancellationToken ct) =>
        polls.CloseAtDeadlineAsync(transition.SubjectId, ct);
}
