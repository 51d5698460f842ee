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

    Task PollPublished(PollView poll);

    Task DeclarationChanged(DeclarationView declaration);

    Task AmendmentChanged(AmendmentView amendment);
}
