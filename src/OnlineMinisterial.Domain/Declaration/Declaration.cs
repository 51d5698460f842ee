using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Declaration;

/// <summary>
/// The conference's declaration: a draft the secretariat edits, published versions that never change, and the road
/// to adoption. Split by responsibility into partial files: drafting, versions, and the later stages.
/// </summary>
public sealed partial class Declaration
{
    private readonly List<Paragraph> _draftParagraphs = [];
    private readonly List<DeclarationVersion> _versions = [];

    private Declaration() { }

    public Guid Id { get; private set; }
    public Guid ConferenceId { get; private set; }
    public string Title { get; private set; } = "";
    public DeclarationState State { get; private set; }

    /// <summary>Whether delegations may propose amendments now; the secretariat opens and closes them.</summary>
    public bool AmendmentsOpen { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; private set; }

    /// <summary>The working draft, in document order.</summary>
    public IReadOnlyList<Paragraph> DraftParagraphs => OrderedDraft();

    public static Declaration Create(Guid id, Guid conferenceId, string title, DateTimeOffset now)
    {
        Guard.That(!string.IsNullOrWhiteSpace(title), ErrorCodes.TextRequired, "A declaration needs a title.");
        TextLimits.Check(title.Trim(), TextLimits.DeclarationTitle, "title");
        return new Declaration
        {
            Id = id, ConferenceId = conferenceId, Title = title.Trim(), State = DeclarationState.Drafting, CreatedAt = now,
        };
    }

    private void EnsureDrafting(string action) =>
        Guard.That(State == DeclarationState.Drafting, DeclarationErrors.NotDrafting, $"The declaration is {State}; it cannot {action} now.");

    // Ordered on each use rather than trusted: a database may load the list in any order.
    private List<Paragraph> OrderedDraft() => [.. _draftParagraphs.OrderBy(p => p.Position)];

    private Paragraph FindDraftParagraph(Guid paragraphId) =>
        _draftParagraphs.FirstOrDefault(p => p.Id == paragraphId)
        ?? throw new DomainException(DeclarationErrors.ParagraphNotFound, "No such paragraph in the draft.");
}
