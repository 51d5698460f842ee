using Microsoft.AspNetCore.Authorization;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Features.Presence;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// Polls and the declaration, live. Method names are the wire contract (docs/hub-voting.md); keep them stable.
/// Who may call what is checked in the services each method calls, next to the command.
/// </summary>
[Authorize]
public sealed partial class VotingHub(
    PresenceTracker presence,
    PollQueries polls,
    PollCreation creation,
    PollLifecycle lifecycle,
    BallotBox ballots,
    DeclarationQueries declarations,
    DraftingCommands drafting,
    AmendmentCommands amendments,
    AdoptionCommands adoption) : PresenceHub<IVotingClient>(presence)
{
    public const string Path = "/hubs/voting";

    // The connection joins the audience it may see before presence counts it (PresenceHub).
    public override async Task OnConnectedAsync()
    {
        var group = Callers.IsSecretariat(Context.User!) ? VotingBroadcaster.SecretariatGroup : VotingBroadcaster.PublicGroup;
        await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    /// <summary>Every poll, newest first, with the server's time.</summary>
    public Task<PollsSnapshot> GetPolls() => polls.ListAsync(Context.User!, Context.ConnectionAborted);

    public Task<PollSnapshot> GetPoll(Guid pollId) => polls.GetAsync(Context.User!, pollId, Context.ConnectionAborted);

    /// <summary>The caller's delegation votes; only its seat holder may call this. A retry with the same key returns the same receipt.</summary>
    public Task<VoteReceipt> CastVote(Guid pollId, VoteChoice choice, string idempotencyKey) =>
        ballots.CastAsync(Context.User!, pollId, choice, idempotencyKey, Context.ConnectionAborted);

    public Task<PollView> CreatePoll(CreatePollRequest request) => creation.CreateAsync(Context.User!, request, Context.ConnectionAborted);

    public Task<PollView> OpenPoll(Guid pollId) => lifecycle.OpenAsync(Context.User!, pollId, Context.ConnectionAborted);

    public Task<PollView> ClosePoll(Guid pollId) => lifecycle.CloseAsync(Context.User!, pollId, Context.ConnectionAborted);

    public Task<PollView> PublishPoll(Guid pollId) => lifecycle.PublishAsync(Context.User!, pollId, Context.ConnectionAborted);

    public Task<PollView> CancelPoll(Guid pollId) => lifecycle.CancelAsync(Context.User!, pollId, Context.ConnectionAborted);
}
