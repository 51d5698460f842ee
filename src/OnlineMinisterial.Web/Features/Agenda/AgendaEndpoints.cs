using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Agenda;

public static class AgendaEndpoints
{
    public static IEndpointRouteBuilder MapAgenda(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/agenda").WithTags("Agenda (secretariat)")
            .AddEndpointFilter<SecretariatOnlyFilter>().AddEndpointFilter<AntiforgeryFilter>();
        group.MapGet("/", GetAgenda).WithSummary("Every session with its host-local times and scheduled transitions, and who may chair.");
        group.MapPost("/sessions", Create).WithSummary("Adds a session; start and end are the host's wall-clock times.");
        group.MapPut("/sessions/{id:guid}", Edit).WithSummary("Changes title, kind, chair and video link.");
        group.MapPost("/sessions/{id:guid}/reschedule", Reschedule).WithSummary("Moves a session, and with it every pending transition.");
        group.MapPost("/sessions/{id:guid}/cancel", Cancel).WithSummary("Takes a session that has not started off the agenda, with its transitions.");
        group.MapPost("/reorder", Reorder).WithSummary("Puts the sessions in a new order.");
        return app;
    }

    private static async Task<Ok<AgendaView>> GetAgenda(AppDbContext db, AgendaRules rules, AgendaWarnings warnings, TimeProvider time,
        CancellationToken ct)
    {
        var conference = await rules.ConferenceAsync(ct);
        var sessions = await ConferenceEndpoints.SessionsAsync(db, ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var transitions = (await db.ScheduledTransitions.AsNoTracking().Where(t => ids.Contains(t.SubjectId)).ToListAsync(ct))
            .OrderBy(t => t.DueAt).ToLookup(t => t.SubjectId);
        var overlaps = await warnings.AllAsync(ct);
        var zone = conference.HostTimeZone;
        var items = sessions.OrderBy(s => s.Ordinal).Select(s => new AgendaItem(s, HostTime.ToLocal(s.StartsAt, zone), HostTime.ToLocal(s.EndsAt, zone),
            transitions[s.Id].Select(TransitionView.Of).ToList(), overlaps[s.Id].ToList())).ToList();
        var now = time.GetUtcNow();
        return TypedResults.Ok(new AgendaView(zone, now, HostTime.ToLocal(now, zone), items, await rules.ChairsAsync(ct)));
    }

    // Created, edited and rescheduled sessions are answered with their warnings (a chair running two at once): the
    // change is made, and the editor shows what to look at.
    private static async Task<Created<ScheduledSessionView>> Create(SessionInput input, ClaimsPrincipal user, AgendaService agenda,
        AgendaWarnings warnings, CancellationToken ct)
    {
        var created = await agenda.CreateAsync(user, input, ct);
        return TypedResults.Created($"/api/sessions/{created.SessionId}", await WithWarningsAsync(created, warnings, ct));
    }

    private static async Task<Ok<ScheduledSessionView>> Edit(Guid id, SessionEdit input, ClaimsPrincipal user, AgendaService agenda,
        AgendaWarnings warnings, CancellationToken ct) =>
        TypedResults.Ok(await WithWarningsAsync(await agenda.EditAsync(user, id, input, ct), warnings, ct));

    private static async Task<Ok<ScheduledSessionView>> Reschedule(Guid id, RescheduleRequest input, ClaimsPrincipal user, AgendaService agenda,
        AgendaWarnings warnings, CancellationToken ct) =>
        TypedResults.Ok(await WithWarningsAsync(await agenda.RescheduleAsync(user, id, input, ct), warnings, ct));

    private static async Task<ScheduledSessionView> WithWarningsAsync(SessionChanged changed, AgendaWarnings warnings, CancellationToken ct) =>
        ScheduledSessionView.Of(SessionViews.Of(changed), await warnings.ForAsync(changed.SessionId, ct));

    private static async Task<Ok<SessionCancelled>> Cancel(Guid id, CancelRequest? input, ClaimsPrincipal user, AgendaService agenda, CancellationToken ct) =>
        TypedResults.Ok(await agenda.CancelAsync(user, id, input ?? new CancelRequest(null), ct));

    private static async Task<Ok<IReadOnlyList<SessionView>>> Reorder(ReorderRequest input, ClaimsPrincipal user, AgendaService agenda, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<SessionView>>((await agenda.ReorderAsync(user, input, ct)).Select(SessionViews.Of).ToList());
}
