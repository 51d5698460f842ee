using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Infrastructure.Data;
using OnlineMinisterial.Web.Infrastructure.Realtime;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// Sends voting and declaration events after commit. Every connection is in exactly one audience group, so each
/// receives each version once, in the shape it may see (the secretariat's carries the tally and the draft).
/// A poll's events go through <see cref="OrderedBroadcasts"/>, so they reach every client in version order; their
/// payloads are built when handed in, as the poll is at that version (a group commit changes it again at once).
/// </summary>
public sealed class VotingBroadcaster(IHubContext<VotingHub, IVotingClient> hub, OrderedBroadcasts ordered, CommandGroups commands,
    TimeProvider time, ILogger<VotingBroadcaster> logger)
{
    /// <summary>The longest a batch of casts waits for the poll's queued casts to commit before it goes out anyway.</summary>
    public static readonly TimeSpan MaxGathering = TimeSpan.FromMilliseconds(500);

    public const string SecretariatGroup = "voting:secretariat";
    public const string PublicGroup = "voting:public";

    // Per poll, the batch of casts still taking more (queued, not yet sending); also the lock of every batch.
    private readonly Dictionary<Guid, VoteCastBatch> _gathering = [];

    internal Task PollChangedAsync(Poll poll, PollPlan plan)
    {
        var (everyone, secretariat) = (PollViews.For(poll, plan, secretariat: false), PollViews.For(poll, plan, secretariat: true));
        return AfterTheCasts(poll, nameof(IVotingClient.PollChanged), () => SendAsync(nameof(IVotingClient.PollChanged),
            hub.Clients.Group(PublicGroup).PollChanged(everyone), hub.Clients.Group(SecretariatGroup).PollChanged(secretariat)));
    }

    internal Task PollPublishedAsync(Poll poll, PollPlan plan)
    {
        var (everyone, secretariat) = (PollViews.For(poll, plan, secretariat: false), PollViews.For(poll, plan, secretariat: true));
        return AfterTheCasts(poll, nameof(IVotingClient.PollPublished), () => SendAsync(nameof(IVotingClient.PollPublished),
            hub.Clients.Group(PublicGroup).PollPublished(everyone), hub.Clients.Group(SecretariatGroup).PollPublished(secretariat)));
    }

    /// <summary>
    /// For <see cref="Infrastructure.Data.AppDbContext.AfterCommit"/>: the counted cast's <c>VoteCast</c> (who voted, the
    /// counts, never a choice) and the seat holder's own <c>YourVoteChanged</c>, built now and sent after the commit,
    /// in version order, without the caster waiting for the fan-out. Casts handed in while the poll's previous event
    /// is still going out join one batch and go out as one event (ADR 0060): a burst of 52 costs a few fan-outs, not 52.
    /// </summary>
    internal Action VoteCounted(Poll poll, Guid delegationId, string? seatHolderId)
    {
        var cast = new CountedCast(delegationId, PollViews.VoteCastFor(poll, delegationId, secretariat: false),
            PollViews.VoteCastFor(poll, delegationId, secretariat: true), seatHolderId,
            seatHolderId is null ? null : PollViews.YourVote(poll, delegationId));
        var pollId = poll.Id;
        return () =>
        {
            lock (_gathering)
            {
                if (_gathering.TryGetValue(pollId, out var open) && open.TryAdd(cast)) return;
                var batch = new VoteCastBatch(cast);
                _gathering[pollId] = batch;
                _ = ordered.Send(Aggregate(pollId), nameof(IVotingClient.VoteCast), () => SendBatchAsync(pollId, batch));
            }
        };
    }

    private async Task SendBatchAsync(Guid pollId, VoteCastBatch batch)
    {
        // Casts of the poll still queued or being applied on this node will commit in a moment: they join this batch
        // rather than follow in another fan-out, and the commands get the cores before the fan-out does (ADR 0063).
        var idle = commands.WhenIdle(Aggregate(pollId));
        if (!idle.IsCompleted) await Task.WhenAny(idle, Task.Delay(MaxGathering, time));
        IReadOnlyList<CountedCast> casts;
        lock (_gathering)
        {
            casts = batch.Close();
            if (_gathering.GetValueOrDefault(pollId) == batch) _gathering.Remove(pollId);
        }
        await SendAsync(nameof(IVotingClient.VoteCast),
            hub.Clients.Group(PublicGroup).VoteCast(VoteCastBatch.Merge(casts, c => c.Everyone)),
            hub.Clients.Group(SecretariatGroup).VoteCast(VoteCastBatch.Merge(casts, c => c.Secretariat)));
        // The seat holder's other devices learn their vote at once; nobody else receives it.
        foreach (var (seatHolderId, vote) in VoteCastBatch.LatestVotes(casts))
            await SendAsync(nameof(IVotingClient.YourVoteChanged), hub.Clients.User(seatHolderId).YourVoteChanged(vote));
    }

    // Any other event of the poll ends the batch gathering casts: a cast committed after it must not be told before it.
    private Task AfterTheCasts(Poll poll, string eventName, Func<Task> send)
    {
        lock (_gathering)
        {
            _gathering.Remove(poll.Id);
            return ordered.Send(Aggregate(poll.Id), eventName, send);
        }
    }

    internal static string Aggregate(Guid pollId) => $"poll:{pollId}";

    internal Task DeclarationChangedAsync(Domain.Declaration.Declaration declaration) => SendAsync(nameof(IVotingClient.DeclarationChanged),
        hub.Clients.Group(PublicGroup).DeclarationChanged(DeclarationViews.For(declaration, secretariat: false)),
        hub.Clients.Group(SecretariatGroup).DeclarationChanged(DeclarationViews.For(declaration, secretariat: true)));

    internal Task AmendmentChangedAsync(Amendment amendment) =>
        SendAsync(nameof(IVotingClient.AmendmentChanged), hub.Clients.All.AmendmentChanged(DeclarationViews.For(amendment)));

    /// <summary>Broadcasts what a command changed, declaration before amendment (an accepted amendment changed the draft first).</summary>
    internal async Task ChangedAsync(Domain.Declaration.Declaration? declaration, Amendment? amendment)
    {
        if (declaration is not null) await DeclarationChangedAsync(declaration);
        if (amendment is not null) await AmendmentChangedAsync(amendment);
    }

    // The change is committed by now: a failed send (the backplane away) must not tell the caller it failed, or a
    // vote with a receipt would look lost. Clients that missed the event see a version gap and fetch a snapshot.
    private async Task SendAsync(string name, params Task[] sends)
    {
        try
        {
            await Infrastructure.Telemetry.AppMetrics.TimeBroadcastAsync(name, () => Task.WhenAll(sends));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Broadcast of {Event} failed after commit; clients will resync from snapshots", name);
        }
    }
}
