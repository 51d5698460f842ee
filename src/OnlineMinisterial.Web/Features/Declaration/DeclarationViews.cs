using OnlineMinisterial.Domain.Declaration;

namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>Builds what each audience may see of the declaration; only the secretariat sees the working draft.</summary>
internal static class DeclarationViews
{
    public static DeclarationView For(Domain.Declaration.Declaration d, bool secretariat)
    {
        var latest = d.LatestVersion;
        var current = latest is null ? null
            : new PublishedVersionView(latest.Number, latest.PublishedAt, [.. latest.Paragraphs.Select(View)],
                [.. d.ChangesFromPrevious(latest.Number).Select(View)]);
        var silence = d.CurrentSilence ?? (d.SilenceProcedures is [.., var last] ? last : null);
        var adoption = d.State == DeclarationState.Adopted
            ? new AdoptionView(d.AdoptedVersionNumber!.Value, d.AdoptedAt!.Value, d.AdoptedBy!.Value, d.AdoptionPollId, d.JoinedDelegationIds)
            : null;
        var draft = secretariat
            ? new DraftView([.. d.DraftParagraphs.Select(p => new ParagraphView(p.Id, p.Kind, p.Label, p.Text))],
                [.. d.DraftChanges().Select(View)], d.HasUnpublishedChanges)
            : null;
        return new DeclarationView(d.Id, d.Title, d.State, d.AmendmentsOpen, current,
            [.. d.PublishedVersions.Select(v => new VersionSummary(v.Number, v.PublishedAt))],
            silence is null ? null : View(silence), adoption,
            [.. d.Statements.Select(s => new StatementView(s.Id, s.DelegationId, s.Kind, s.Text, s.AttachedAt))], draft, d.Version);
    }

    public static AmendmentView For(Amendment a) =>
        new(a.Id, a.DeclarationId, a.ParagraphId, a.ParagraphLabel, a.BasedOnVersion, a.Kind, a.Text, a.Reason, a.ProposerDelegationId,
            a.ProposedAt, a.State, a.PollId, a.ClosedAt, [.. a.CoSponsors.OrderBy(c => c.At).Select(c => new CoSponsorView(c.DelegationId, c.At))],
            a.Version);

    public static ParagraphView View(PublishedParagraph p) => new(p.ParagraphId, p.Kind, p.Label, p.Text);

    private static ParagraphChangeView View(ParagraphChange c) =>
        new(c.Change, c.ParagraphId, c.Kind, c.OldLabel, c.NewLabel, c.OldText, c.NewText);

    private static SilenceView View(SilenceProcedure s) =>
        new(s.VersionNumber, s.CirculatedAt, s.Deadline, s.EndedAt, s.Outcome,
            [.. s.Breaks.OrderBy(b => b.At).Select(b => new SilenceBreakView(b.DelegationId, b.Reason, b.At))], s.WithdrawalReason);
}
