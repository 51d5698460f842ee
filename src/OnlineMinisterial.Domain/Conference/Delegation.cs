using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Conference;

/// <summary>
/// A country or organisation taking part. The delegation, not the person, holds the floor and the vote;
/// exactly one member holds its seat at a time.
/// </summary>
public sealed class Delegation
{
    private Delegation() { }

    public Guid Id { get; private set; }
    public Guid ConferenceId { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>ISO 3166 alpha-3 for countries, an acronym for organisations.</summary>
    public string Code { get; private set; } = "";

    public DelegationKind Kind { get; private set; }
    public bool Votes { get; private set; }
    public HeadRank HeadRank { get; private set; }
    public string? SeatHolderId { get; private set; }

    /// <summary>The person who nominates the delegation's members and uploads its credentials (usually the head).</summary>
    public string? FocalPointId { get; private set; }
    public int Version { get; private set; }

    public static Delegation Create(Guid id, Guid conferenceId, string name, string code, DelegationKind kind, HeadRank headRank, bool? votes = null)
    {
        Guard.That(!string.IsNullOrWhiteSpace(name), ErrorCodes.TextRequired, "A delegation needs a name.");
        TextLimits.Check(name.Trim(), TextLimits.DelegationName, "delegation name");
        Guard.That(!string.IsNullOrWhiteSpace(code) && code.Trim().Length <= 16, ErrorCodes.InvalidArgument, "A delegation needs a code of at most 16 characters.");
        return new Delegation
        {
            Id = id,
            ConferenceId = conferenceId,
            Name = name.Trim(),
            Code = code.Trim().ToUpperInvariant(),
            Kind = kind,
            HeadRank = headRank,
            // Member states vote by default; organisations and observers speak but do not vote.
            Votes = votes ?? kind == DelegationKind.MemberState,
        };
    }

    /// <summary>The secretariat corrects a delegation; its code stays (people, votes and the record refer to it).</summary>
    public void Edit(string name, DelegationKind kind, bool votes, HeadRank headRank)
    {
        Guard.That(!string.IsNullOrWhiteSpace(name), ErrorCodes.TextRequired, "A delegation needs a name.");
        TextLimits.Check(name.Trim(), TextLimits.DelegationName, "delegation name");
        Guard.That(Enum.IsDefined(kind) && Enum.IsDefined(headRank), ErrorCodes.InvalidArgument, "Unknown kind or rank.");
        (Name, Kind, Votes, HeadRank) = (name.Trim(), kind, votes, headRank);
        Version++;
    }

    public void SetFocalPoint(string personId)
    {
        FocalPointId = personId;
        Version++;
    }

    /// <summary>Seats a member without conditions: used when the delegation is set up (the head by default).</summary>
    public void AssignSeat(Member member)
    {
        EnsureMember(member);
        SeatHolderId = member.PersonId;
        Version++;
    }

    /// <summary>The head hands the seat to another member of the delegation (usually an alternate).</summary>
    public void HandSeat(Member head, Member to)
    {
        EnsureMember(head);
        EnsureMember(to);
        Guard.That(head.Role == SeatRole.Head, ErrorCodes.SeatTransferInvalid, "Only the head of the delegation can hand the seat.");
        Guard.That(to.Role != SeatRole.Adviser, ErrorCodes.SeatTransferInvalid, "An adviser cannot hold the seat.");
        Guard.That(SeatHolderId != to.PersonId, ErrorCodes.SeatTransferInvalid, "That member already holds the seat.");
        SeatHolderId = to.PersonId;
        Version++;
    }

    /// <summary>A present alternate takes the seat when its holder has dropped out.</summary>
    public void TakeSeat(Member alternate, bool holderPresent)
    {
        EnsureMember(alternate);
        Guard.That(alternate.Role is SeatRole.Alternate or SeatRole.Head, ErrorCodes.SeatTransferInvalid, "Only the head or an alternate can take the seat.");
        Guard.That(SeatHolderId != alternate.PersonId, ErrorCodes.SeatTransferInvalid, "You already hold the seat.");
        Guard.That(alternate.Role == SeatRole.Head || SeatHolderId is null || !holderPresent, ErrorCodes.SeatTransferInvalid,
            "The seat holder is present; the head can hand you the seat.");
        SeatHolderId = alternate.PersonId;
        Version++;
    }

    private void EnsureMember(Member member) =>
        Guard.That(member.DelegationId == Id, ErrorCodes.NotYourDelegation, "That person is not a member of this delegation.");
}
