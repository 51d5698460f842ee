using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Declaration;

public sealed partial class Declaration
{
    /// <summary>Published versions, oldest first.</summary>
    public IReadOnlyList<DeclarationVersion> PublishedVersions => [.. _versions.OrderBy(v => v.Number)];

    public DeclarationVersion? LatestVersion => _versions.MaxBy(v => v.Number);

    /// <summary>True if the draft differs from the latest published version (or nothing is published yet).</summary>
    public bool HasUnpublishedChanges => LatestVersion is not { } latest ? _draftParagraphs.Count > 0 : !latest.ReadsAs(OrderedDraft());

    /// <summary>Publishes the draft as the next numbered version.</summary>
    public DeclarationVersion PublishDraft(DateTimeOffset now)
    {
        EnsureDrafting("publish a new version");
        Guard.That(_draftParagraphs.Count > 0, DeclarationErrors.DraftEmpty, "The draft has no paragraphs.");
        Guard.That(HasUnpublishedChanges, DeclarationErrors.DraftUnchanged, "The draft reads as the latest version; nothing to publish.");
        var version = DeclarationVersion.Snapshot(_versions.Count + 1, OrderedDraft(), now);
        _versions.Add(version);
        Version++;
        return version;
    }

    public DeclarationVersion PublishedVersion(int number) =>
        _versions.FirstOrDefault(v => v.Number == number)
        ?? throw new DomainException(DeclarationErrors.VersionNotFound, $"There is no version {number}.");

    public IReadOnlyList<ParagraphChange> Diff(int olderNumber, int newerNumber) =>
        ParagraphDiff.Compare(PublishedVersion(olderNumber).Paragraphs, PublishedVersion(newerNumber).Paragraphs);

    /// <summary>What version <paramref name="number"/> changed; for version 1, every paragraph is added.</summary>
    public IReadOnlyList<ParagraphChange> ChangesFromPrevious(int number) =>
        ParagraphDiff.Compare(number == 1 ? [] : PublishedVersion(number - 1).Paragraphs, PublishedVersion(number).Paragraphs);

    /// <summary>What the draft changes against the latest published version, for the secretariat before publishing.</summary>
    public IReadOnlyList<ParagraphChange> DraftChanges() =>
        ParagraphDiff.Compare(LatestVersion?.Paragraphs ?? [], [.. OrderedDraft().Select(PublishedParagraph.Of)]);
}
