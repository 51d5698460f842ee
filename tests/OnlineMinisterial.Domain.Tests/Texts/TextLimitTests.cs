using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using ConferenceModel = OnlineMinisterial.Domain.Conference.Conference;
using DeclarationDocument = OnlineMinisterial.Domain.Declaration.Declaration;

namespace OnlineMinisterial.Domain.Tests.Texts;

/// <summary>Every text limit: at the limit accepted, one more refused with text.too_long.</summary>
public sealed class TextLimitTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, int> Limits() => new()
    {
        { "session title", TextLimits.SessionTitle },
        { "session title (edit)", TextLimits.SessionTitle },
        { "video link", TextLimits.VideoUrl },
        { "conference title", TextLimits.ConferenceTitle },
        { "delegation name", TextLimits.DelegationName },
        { "poll question", TextLimits.PollQuestion },
        { "declaration title", TextLimits.DeclarationTitle },
        { "paragraph", TextLimits.Paragraph },
        { "paragraph (replace)", TextLimits.Paragraph },
        { "amendment text", TextLimits.AmendmentText },
        { "amendment reason", TextLimits.Reason },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void TextAtTheLimit_IsAccepted_AndOneMoreIsRefused(string what, int limit)
    {
        Act(what, Text(limit));
        var error = Assert.Throws<DomainException>(() => Act(what, Text(limit + 1)));
        Assert.Equal(ErrorCodes.TextTooLong, error.Code);
        Assert.Equal(ErrorKind.Invalid, error.Kind);
    }

    private static string Text(int length) => length <= 20 ? new string('a', length) : "https://v.example/" + new string('a', length - 18);

    private static void Act(string what, string text)
    {
        var session = Session.Schedule(Guid.NewGuid(), Guid.NewGuid(), "Plenary", SessionKind.Plenary, "chair", Now, Now.AddHours(1), 1);
        var declaration = DeclarationDocument.Create(Guid.NewGuid(), Guid.NewGuid(), "Declaration", Now);
        switch (what)
        {
            case "session title": Session.Schedule(Guid.NewGuid(), Guid.NewGuid(), text, SessionKind.Plenary, "chair", Now, Now.AddHours(1), 1); break;
            case "session title (edit)": session.Edit(text, SessionKind.Plenary, "chair", null); break;
            case "video link": session.Edit("Plenary", SessionKind.Plenary, "chair", text); break;
            case "conference title": ConferenceModel.Create(Guid.NewGuid(), text, "UTC"); break;
            case "delegation name": Delegation.Create(Guid.NewGuid(), Guid.NewGuid(), text, "KAZ", DelegationKind.MemberState, HeadRank.Minister); break;
            case "poll question": Poll.Create(Guid.NewGuid(), Guid.NewGuid(), PollSubjectKind.Declaration, Guid.NewGuid(), text, PollMode.Recorded, DecisionRule.SimpleMajority, Now); break;
            case "declaration title": DeclarationDocument.Create(Guid.NewGuid(), Guid.NewGuid(), text, Now); break;
            case "paragraph": declaration.AddParagraph(ParagraphKind.Operative, text); break;
            case "paragraph (replace)": declaration.ReplaceParagraph(declaration.AddParagraph(ParagraphKind.Operative, "Decide;").Id, text); break;
            case "amendment text": Propose(declaration, text, "Clearer."); break;
            case "amendment reason": Propose(declaration, "Decide to act;", text); break;
            default: throw new ArgumentOutOfRangeException(nameof(what), what, null);
        }
    }

    [Theory]
    [InlineData("break silence")]
    [InlineData("withdraw from silence")]
    public void ASilenceReasonOneOverItsLimit_IsTooLong_BeforeTheStateIsLookedAt(string what)
    {
        var declaration = DeclarationDocument.Create(Guid.NewGuid(), Guid.NewGuid(), "Declaration", Now);
        void Act(string reason)
        {
            if (what == "break silence") declaration.BreakSilence(Guid.NewGuid(), reason, Now);
            else declaration.WithdrawFromSilence(reason, Now);
        }
        Assert.Equal(DeclarationErrors.SilenceNotRunning, Assert.Throws<DomainException>(() => Act(Text(TextLimits.Reason))).Code);
        Assert.Equal(ErrorCodes.TextTooLong, Assert.Throws<DomainException>(() => Act(Text(TextLimits.Reason + 1))).Code);
    }

    private static void Propose(DeclarationDocument declaration, string text, string reason)
    {
        var paragraph = declaration.AddParagraph(ParagraphKind.Operative, "Decide;");
        declaration.OpenAmendments();
        declaration.ProposeAmendment(Guid.NewGuid(), Guid.NewGuid(), paragraph.Id, AmendmentKind.Replace, text, reason, Now);
    }
}
