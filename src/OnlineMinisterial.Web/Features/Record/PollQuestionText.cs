using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// A poll's question in a reader's language: its own question as typed, or the sentence worded from its subject
/// (<see cref="PollWordingView"/>) with the record's texts, the proposing delegation named in that language. The
/// browser words it the same way from the same parts (<c>wwwroot/js/voting/question.js</c>).
/// </summary>
public static class PollQuestionText
{
    public static string Of(string? question, PollWordingView? wording, RecordTexts x)
    {
        if (!string.IsNullOrWhiteSpace(question) || wording is null) return question ?? "";
        if (wording.DeclarationTitle is { } title)
            return x.Fill("question.declaration", ("title", title), ("version", wording.DeclarationVersion));
        if (wording is { AmendmentKind: { } kind, Proposer: { } proposer, ParagraphLabel: { } paragraph })
            return x.Fill($"question.amendment.{kind}",
                ("proposer", RecordNames.Delegation(new RecordDelegation(proposer.Code, proposer.Name), x.Language)), ("paragraph", paragraph));
        return "";
    }
}
