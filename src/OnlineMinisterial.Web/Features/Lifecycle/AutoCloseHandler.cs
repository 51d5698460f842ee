using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Features.Scheduling;

namespace OnlineMinisterial.Web.Features.Lifecycle;

/// <summary>
/// With <c>Scheduling:AutoCloseGraceMinutes</c> set, a session still open that long after its end is closed, and its
/// record says so. Never mid-speech: with a speech running it stays open for the chair to close.
/// </summary>
internal sealed class AutoCloseHandler(LifecycleService lifecycle) : ITransitionHandler
{
    public TransitionKind Kind => TransitionKind.AutoCloseSession;

    public Task<Func<Task>?> ExecuteAsync(ScheduledTransition transition, DateTimeOffset now, CancellationToken ct) =>
        lifecycle.CloseAutomaticallyAsync(transition.SubjectId, ct);
}
