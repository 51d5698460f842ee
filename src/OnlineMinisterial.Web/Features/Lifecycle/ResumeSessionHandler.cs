using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Features.Scheduling;

namespace OnlineMinisterial.Web.Features.Lifecycle;

/// <summary>An adjourned session resumes at its planned time; resumed by hand already, or closed: nothing to do.</summary>
internal sealed class ResumeSessionHandler(LifecycleService lifecycle) : ITransitionHandler
{
    public TransitionKind Kind => TransitionKind.ResumeSession;

    public Task<Func<Task>?> ExecuteAsync(ScheduledTransition transition, DateTimeOffset now, CancellationToken ct) =>
        lifecycle.ResumeScheduledAsync(transition.SubjectId, ct);
}
