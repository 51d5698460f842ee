using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Declaration;

// Who "joined" the declaration: the delegations that carried its adoption, minus any that later attach a
// Dissociation. Explanations of position and reservations do not remove a delegation: one may join and reserve.
// - Recorded vote under a majority rule: those that voted Yes. A No or an abstention is on the record as not joining.
// - Silence, consensus (recorded or secret) and a secret majority vote: every voting delegation taking part, i.e.
//   the silence list or the poll's eligible list. Silence and consensus mean "no objection", so not objecting is
//   joining. A secret vote cannot say who voted Yes without breaking the secret, so a delegation that does not wish
//   to be listed says so with a Dissociation; that is its own public act, not a disclosure of its ballot.
public sealed partial class Declaration
{
    private readonly List<Guid> _supportingDelegationIds = [];
    private readonly List<PositionStatement> _statements = [];

    public int? AdoptedVersionNumber { get; private set; }
    public DateTimeOffset? AdoptedAt { get; private set; }
    /// <summary>Adopted by silence, by consensus or by vote.</summary>
    public AdoptionMethod? AdoptedBy { get; private set; }
    public Guid? AdoptionPollId { get; private set; }

    /// <summary>The delegations that carried the adoption, before dissociations (see the note above).</summary>
    public IReadOnlyList<Guid> SupportingDelegationIds => _supportingDelegationIds;

    public IReadOnlyList<PositionStatement> Statements => [.. _statements.OrderBy(s => s.AttachedAt)];

    public IReadOnlyList<Guid> JoinedDelegationIds
    {
        get
        {
            var dissociated = _statements.Where(s => s.Kind == StatementKind.Dissociation).Select(s => s.DelegationId).ToHashSet();
            return [.. _supportingDelegationIds.Where(id => !dissociated.Contains(id))];
        }
    }

    /// <summary>
    /// Adopts the latest published version on an adopting poll about this declaration. Publish no new version while
    /// such a poll is open: the vote was on the text as it stood.
    /// </summary>
    public void AdoptByVote(PollResult result, DateTimeOffset now)
    {
        EnsureDrafting("be adopted by vote");
        Guard.That(result.SubjectKind == PollSubjectKind.Declaration && result.SubjectId == Id, DeclarationErrors.PollSubjectMismatch,
            "That poll is not about this declaration.");
        Guard.That(result.Adopted, DeclarationErrors.PollNotAdopted, $"The poll did not adopt the declaration. {result.Reason}");
        var latest = LatestVersion;
        Guard.That(latest is not null, DeclarationErrors.NoPublishedVersion, "No version has been published.");

        var byConsensus = result.Rule == DecisionRule.Consensus;
        var supporters = result.Mode == PollMode.Recorded && !byConsensus
            ? result.RecordedVotes.Where(v => v.Choice == VoteChoice.Yes).Select(v => v.DelegationId)
            : result.EligibleDelegationIds;
        Adopt(byConsensus ? AdoptionMethod.Consensus : AdoptionMethod.Vote, latest!.Number, supporters, result.PollId, now);
        Version++;
    }

    /// <summary>A delegation attaches an explanation of position, a reservation or a dissociation; one of each.</summary>
    public PositionStatement AttachStatement(Guid delegationId, StatementKind kind, string text, DateTimeOffset now)
    {
        Guard.That(State == DeclarationState.Adopted, DeclarationErrors.NotAdopted, "Statements are attached to the adopted declaration.");
        Guard.That(Enum.IsDefined(kind), ErrorCodes.InvalidArgument, "Unknown statement kind.");
        Guard.That(!string.IsNullOrWhiteSpace(text), ErrorCodes.TextRequired, "A statement needs text.");
        TextLimits.Check(text, TextLimits.Statement, "statement");
        Guard.That(!_statements.Any(s => s.DelegationId == delegationId && s.Kind == kind), DeclarationErrors.StatementAlreadyAttached,
            $"This delegation has already attached a {kind}.");
        var statement = PositionStatement.Of(delegationId, kind, text.Trim(), now);
        _statements.Add(statement);
        Version++;
        return statement;
    }

    /// <summary>The final text with the delegations that joined it and the statements attached.</summary>
    public FinalDeclaration FinalText()
    {
        Guard.That(State == DeclarationState.Adopted, DeclarationErrors.NotAdopted, "The declaration has not been adopted.");
        return new FinalDeclaration(Id, Title, AdoptedVersionNumber!.Value, AdoptedAt!.Value, AdoptedBy!.Value,
            PublishedVersion(AdoptedVersionNumber.Value).Paragraphs, JoinedDelegationIds, Statements);
    }

    // Callers bump Version once for the whole transition.
    private void Adopt(AdoptionMethod method, int versionNumber, IEnumerable<Guid> supporters, Guid? pollId, DateTimeOffset now)
    {
        State = DeclarationState.Adopted;
        AmendmentsOpen = false;
        AdoptedVersionNumber = versionNumber;
        AdoptedAt = now;
        AdoptedBy = method;
        AdoptionPollId = pollId;
        _supportingDelegationIds.AddRange(supporters.Distinct());
    }
}
