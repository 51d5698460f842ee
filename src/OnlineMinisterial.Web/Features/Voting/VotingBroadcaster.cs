using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Infrastructure.Realtime;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// Sends voting and declaration events after commit. Every connection is in exactly one audience group, so each
/// receives each version once, in the shape it may see (the secretariat's carries the tally and the draft).
/// A poll's events go through <see cref="OrderedBroadcasts"/>, so they reach every client in version order; their
/// payloads are built when handed in, as the poll is at that version (a group commit changes it again at once).
/// </summary>
public sealed class VotingBroadcaster(IHubContext<VotingHub, IVotingClient> hub, OrderedBroadcasts ordered, ILogger<VotingBroadcaster> logger)
{
    public const string SecretariatGroup = "voting:secretariat";
    public const string PublicGroup = "voting:public";

    internal Task PollChangedAsync(Poll poll, PollPlan plan)
    {
        var (everyone, secretariat) = (PollViews.For(poll, plan, secretariat: false), PollViews.For(poll, plan, secretariat: true));
        return InOrder(poll, nameof(IVotingClient.PollChanged), () => SendAsync(nameof(IVotingClient.PollChanged),
            hub.Clients.Group(PublicGroup).PollChanged(everyone), hub.Clients.Group(SecretariatGroup).PollChanged(secretariat)));
    }

    internal Task PollPublishedAsync(Poll poll, PollPlan plan)
    {
        var (everyone, secretariat) = (PollViews.For(poll, plan, secretariat: false), PollViews.For(poll, plan, secretariat: true));
        return InOrder(poll, nameof(IVotingClient.PollPublished), () => SendAsync(nameof(IVotingClient.PollPublished),
            hub.Clients.Group(PublicGroup).PollPublished(everyone), hub.Clients.Group(SecretariatGroup).PollPublished(secretariat)));
    }

    /// <summary>
    /// For <see cref="Infrastructure.Data.AppDbContext.AfterCommit"/>: the counted cast's <c>VoteCast</c> (who voted, the
    /// counts, never a choice) and the seat holder's own <c>YourVoteChanged</c>, built now and sent after the commit,
    /// in version order, without the caster waiting for the fan-out.
    /// </summary>
    internal Action VoteCounted(Poll poll, Guid delegationId, string? seatHolderId)
    {
        var everyone = PollViews.VoteCastFor(poll, delegationId, secretariat: false);
        var secretariat = PollViews.VoteCastFor(poll, delegationId, secretariat: true);
        var yours = seatHolderId is null ? null : PollViews.YourVote(poll, delegationId);
        return () => InOrder(poll, nameof(IVotingClient.VoteCast), async () =>
        {
            await SendAsync(nameof(IVotingClient.VoteCast),
                hub.Clients.Group(PublicGroup).VoteCast(everyone), hub.Clients.Group(SecretariatGroup).VoteCast(secretariat));
            // The seat holder's other devices learn their vote at once; nobody else receives it.
            if (yours is not null) await SendAsync(nameof(IVotingClient.YourVoteChanged), hub.Clients.User(seatHolderId!).YourVoteChanged(yours));
        });
    }

    private Task InOrder(Poll poll, string eventName, Func<Task> send) => ordered.Send($"poll:{poll.Id}", eventName, send);

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
