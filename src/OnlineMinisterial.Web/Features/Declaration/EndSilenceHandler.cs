using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Features.Scheduling;

namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>
/// A silence procedure ends at its deadline: unbroken, the declaration is adopted; broken, it returns to drafting.
/// Inside the executor's transaction; DeclarationChanged is sent only after the commit.
/// </summary>
internal sealed class EndSilenceHandler(AdoptionCommands adoption) : ITransitionHandler
{
    public TransitionKind Kind => TransitionKind.EndSilence;

    public Task<Func<Task>?> ExecuteAsync(ScheduledTransition transition, DateTimeOffset now, CancellationToken ct) =>
        adoption.EndSilenceDeferredAsync(transition.SubjectId, ct);
}
