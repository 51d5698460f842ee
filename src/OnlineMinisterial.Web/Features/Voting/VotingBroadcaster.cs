using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Features.Declaration;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// Sends voting and declaration events after commit. Every connection is in exactly one audience group, so each
/// receives each version once, in the shape it may see (the secretariat's carries the tally and the draft).
/// </summary>
public sealed class VotingBroadcaster(IHubContext<VotingHub, IVotingClient> hub, ILogger<VotingBroadcaster> logger)
{
    public const string SecretariatGroup = "voting:secretariat";
    public const string PublicGroup = "voting:public";

    internal Task PollChangedAsync(Poll poll, PollPlan plan) => SendAsync(nameof(IVotingClient.PollChanged),
        hub.Clients.Group(PublicGroup).PollChanged(PollViews.For(poll, plan, secretariat: false)),
        hub.Clients.Group(SecretariatGroup).PollChanged(PollViews.For(poll, plan, secretariat: true)));

    internal Task PollPublishedAsync(Poll poll, PollPlan plan) => SendAsync(nameof(IVotingClient.PollPublished),
        hub.Clients.Group(PublicGroup).PollPublished(PollViews.For(poll, plan, secretariat: false)),
        hub.Clients.Group(SecretariatGroup).PollPublished(PollViews.For(poll, plan, secretariat: true)));

    internal Task VoteCastAsync(Poll poll) => SendAsync(nameof(IVotingClient.VoteCast),
        hub.Clients.Group(PublicGroup).VoteCast(PollViews.VoteCastFor(poll, secretariat: false)),
        hub.Clients.Group(SecretariatGroup).VoteCast(PollViews.VoteCastFor(poll, secretariat: true)));

    /// <summary>The seat holder's other devices learn their vote at once; nobody else receives it.</summary>
    internal Task YourVoteChangedAsync(string seatHolderId, Poll poll, Guid delegationId) =>
        PollViews.YourVote(poll, delegationId) is { } vote
            ? SendAsync(nameof(IVotingClient.YourVoteChanged), hub.Clients.User(seatHolderId).YourVoteChanged(vote))
            : Task.CompletedTask;

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
