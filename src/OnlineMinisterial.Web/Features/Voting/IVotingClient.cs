using OnlineMinisterial.Web.Features.Declaration;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// Events the voting hub sends; names are past tense and part of the wire contract. Each carries the version of its
/// aggregate (poll, declaration or amendment) and its full public state, so a client applies the next version and
/// fetches a snapshot on a gap.
/// </summary>
public interface IVotingClient
{
    Task PollChanged(PollView poll);

    Task VoteCast(VoteCast vote);

    /// <summary>To the seat holder's own connections only (every device): their delegation's vote after a counted cast.</summary>
    Task YourVoteChanged(YourVoteView vote);

    Task PollPublished(PollView poll);

    Task DeclarationChanged(DeclarationView declaration);

    Task AmendmentChanged(AmendmentView amendment);
}
