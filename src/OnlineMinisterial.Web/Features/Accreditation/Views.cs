using OnlineMinisterial.Domain.Accreditation;

namespace OnlineMinisterial.Web.Features.Accreditation;

internal static class Views
{
    public static NominationView Of(Nomination n, string? delegationCode) => new(n.Id, n.Category, n.DelegationId, delegationCode, n.SeatRole,
        n.DisplayName, n.Email, n.Language, n.Organization, n.State, n.Reason, n.SubmittedAt, n.DecidedAt, n.PersonId, n.Version);

    public static LetterView? Of(CredentialsLetter? l) => l is null ? null : new LetterView(l.Id, l.FileName, l.SizeBytes, l.UploadedAt);
}
