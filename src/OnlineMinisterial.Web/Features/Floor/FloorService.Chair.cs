using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>
/// The chair's commands. Each carries the version the chair's screen showed and returns the chair's snapshot
/// (with speaking totals). A command that changes nothing (closing a closed list) succeeds without a new version.
/// </summary>
public sealed partial class FloorService
{
    /// <summary>An extension beyond this is a typing slip rather than an intention.</summary>
    public const int MaxExtensionSeconds = 3600;

    /// <summary>The longest speaking-time limit a session can set.</summary>
    public const int MaxLimitSeconds = 86_400;

    public Task<FloorSnapshot> GiveFloorToNextAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            SpeakerList.EnsureFloorCanBeGiven(step.Session.State);
            return Given(step.List.GiveFloorToNext(step.Now));
        }, ct);

    public Task<FloorSnapshot> GiveFloorToAsync(ClaimsPrincipal user, Guid sessionId, Guid requestId, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            SpeakerList.EnsureFloorCanBeGiven(step.Session.State);
            return Given(step.List.GiveFloorTo(requestId, step.Now));
        }, ct);

    public Task<FloorSnapshot> EndSpeechAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            var speech = step.List.EndSpeech(step.Now);
            return new Effect("floor.ended", new { speechId = speech.Id, speech.DelegationId, spokenSeconds = speech.SpokenDuration?.TotalSeconds });
        }, ct);

    public Task<FloorSnapshot> PauseSpeechAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            step.List.Pause(step.Now);
            return new Effect("floor.paused", new { speechId = step.List.Current!.Id });
        }, ct);

    public Task<FloorSnapshot> ResumeSpeechAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            step.List.Resume(step.Now);
            return new Effect("floor.resumed", new { speechId = step.List.Current!.Id, endsAt = step.List.Current.EndsAt });
        }, ct);

    /// <summary>Adds time to the running speech; zero or negative seconds are refused by the list (floor.invalid_extension).</summary>
    public Task<FloorSnapshot> ExtendSpeechAsync(ClaimsPrincipal user, Guid sessionId, int seconds, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            if (seconds > MaxExtensionSeconds)
                throw new DomainException(FloorErrors.ExtensionTooLong, $"An extension can be at most {MaxExtensionSeconds} seconds.");
            step.List.Extend(TimeSpan.FromSeconds(seconds));
            return new Effect("floor.extended", new { speechId = step.List.Current!.Id, seconds, endsAt = step.List.Current.EndsAt });
        }, ct);

    /// <summary>Moves a waiting request to a 1-based place of the waiting list (it stays inside its kind's group).</summary>
    public Task<FloorSnapshot> MoveRequestAsync(ClaimsPrincipal user, Guid sessionId, Guid requestId, int position, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            step.List.Move(requestId, position - 1);
            return new Effect("floor.moved", new { requestId, position });
        }, ct);

    /// <summary>The chair puts a delegation on the list, even a closed one.</summary>
    public Task<FloorSnapshot> AddSpeakerAsync(ClaimsPrincipal user, Guid sessionId, Guid delegationId, RequestKind kind, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, async step =>
        {
            EnsureDefined(kind);
            if (!await db.Delegations.AnyAsync(d => d.Id == delegationId && d.ConferenceId == step.Session.ConferenceId, ct))
                throw new DomainException(ErrorCodes.DelegationNotFound, "There is no such delegation in this conference.");
            var request = step.List.Add(Guid.NewGuid(), delegationId, kind, step.Now);
            return new Effect("floor.added", new { requestId = request.Id, delegationId, kind }, request.Id);
        }, ct);

    public Task<FloorSnapshot> RemoveRequestAsync(ClaimsPrincipal user, Guid sessionId, Guid requestId, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            step.List.Remove(requestId);
            return new Effect("floor.removed", new { requestId });
        }, ct);

    /// <summary>Undoes a removal: the request waits again at its place (floor.not_removed, floor.already_on_list otherwise).</summary>
    public Task<FloorSnapshot> RestoreRequestAsync(ClaimsPrincipal user, Guid sessionId, Guid requestId, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            var request = step.List.Restore(requestId);
            return new Effect("floor.restored", new { requestId, request.DelegationId }, requestId);
        }, ct);

    /// <summary>Lets delegations inscribe on the list before the session opens; nobody is given the floor until it does.</summary>
    public Task<FloorSnapshot> OpenInscriptionAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            step.List.OpenInscription();
            return new Effect("floor.inscription_opened");
        }, ct);

    public Task<FloorSnapshot> CloseInscriptionAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            step.List.CloseInscription();
            return new Effect("floor.inscription_closed");
        }, ct);

    public Task<FloorSnapshot> CloseListAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            step.List.Close();
            return new Effect("floor.list_closed");
        }, ct);

    public Task<FloorSnapshot> ReopenListAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            step.List.Reopen();
            return new Effect("floor.list_reopened");
        }, ct);

    public Task<FloorSnapshot> ReAddLastSpeakerAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            var request = step.List.ReAddLastSpeaker(Guid.NewGuid(), step.Now);
            return new Effect("floor.last_speaker_readded", new { requestId = request.Id, request.DelegationId }, request.Id);
        }, ct);

    /// <summary>Orders the waiting statements by the rank of each delegation's head as it is now, then by time of request.</summary>
    public Task<FloorSnapshot> ApplyProtocolOrderAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, async step =>
        {
            var ranks = await db.Delegations.AsNoTracking().Where(d => d.ConferenceId == step.Session.ConferenceId)
                .ToDictionaryAsync(d => d.Id, d => d.HeadRank, ct);
            step.List.ApplyProtocolOrder(id => ranks.GetValueOrDefault(id, HeadRank.SeniorOfficial));
            return new Effect("floor.protocol_order_applied");
        }, ct);

    /// <summary>New limits apply from the next speech; null seconds mean that kind is not timed.</summary>
    public Task<FloorSnapshot> SetLimitsAsync(ClaimsPrincipal user, Guid sessionId, FloorLimitsView? limits, int expectedVersion, CancellationToken ct = default) =>
        ModerateAsync(user, sessionId, expectedVersion, step =>
        {
            step.List.ChangeLimits(ParseLimits(limits));
            return new Effect("floor.limits_changed", limits);
        }, ct);

    private async Task<FloorSnapshot> ModerateAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, Func<Step, Task<Effect>> apply, CancellationToken ct) =>
        (await RunAsync(user, sessionId, Who.Moderator, expectedVersion, apply, ct)).Moderator;

    private async Task<FloorSnapshot> ModerateAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, Func<Step, Effect> apply, CancellationToken ct) =>
        (await RunAsync(user, sessionId, Who.Moderator, expectedVersion, apply, ct)).Moderator;

    private static Effect Given(Speech speech) =>
        new("floor.given", new { speechId = speech.Id, speech.RequestId, speech.DelegationId, speech.Kind, speech.EndsAt }, speech.RequestId);

    private static FloorLimits ParseLimits(FloorLimitsView? limits)
    {
        if (limits is null) throw new DomainException(ErrorCodes.InvalidArgument, "Give the limits (seconds, or null for untimed).");
        int?[] all = [limits.StatementSeconds, limits.GroupStatementSeconds, limits.RightOfReplySeconds, limits.PointOfOrderSeconds];
        if (all.Any(s => s > MaxLimitSeconds))
            throw new DomainException(FloorErrors.LimitTooLong, $"A speaking-time limit can be at most {MaxLimitSeconds} seconds.");
        // Zero or negative limits are the list's to refuse (floor.invalid_limit).
        return new FloorLimits(Span(limits.StatementSeconds), Span(limits.GroupStatementSeconds),
            Span(limits.RightOfReplySeconds), Span(limits.PointOfOrderSeconds));
    }

    private static TimeSpan? Span(int? seconds) => seconds is { } s ? TimeSpan.FromSeconds(s) : null;
}
