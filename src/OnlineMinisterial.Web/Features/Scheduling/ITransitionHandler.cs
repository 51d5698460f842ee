using OnlineMinisterial.Domain.Scheduling;

namespace OnlineMinisterial.Web.Features.Scheduling;

/// <summary>
/// What one kind of transition does. The executor calls it inside its transaction, after it has claimed the
/// transition (marked it done with a conditional update): the handler checks the subject's current state, changes it
/// through the domain, records the audit entry, and returns what to send once the transaction has committed (or null).
/// Handlers are registered per kind in DI: <c>services.AddScoped&lt;ITransitionHandler, MyHandler&gt;()</c>.
/// A handler may call a feature's command that uses <c>db.RunAsync</c>: inside the executor it joins its transaction.
/// It must not broadcast itself; return the broadcast instead.
/// </summary>
public interface ITransitionHandler
{
    TransitionKind Kind { get; }

    Task<Func<Task>?> ExecuteAsync(ScheduledTransition transition, DateTimeOffset now, CancellationToken ct);
}
