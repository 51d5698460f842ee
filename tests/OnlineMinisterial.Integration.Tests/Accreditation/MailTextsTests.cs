using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Accreditation.Email;

namespace OnlineMinisterial.Integration.Tests.Accreditation;

public sealed class MailTextsTests
{
    public static TheoryData<string> Languages() => [.. ConferenceLanguages.Un];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryUnLanguage_HasInvitationResetAndRejection_WithTheirPlaceholders(string language)
    {
        var texts = MailTexts.For(language);
        foreach (var body in new[] { texts.InvitationBody, texts.ResetBody })
        {
            Assert.Contains("{name}", body);
            Assert.Contains("{conference}", body);
            Assert.Contains("{link}", body);
        }
        Assert.Contains("{hours}", texts.InvitationBody);
        Assert.Contains("{minutes}", texts.ResetBody);
        Assert.Contains("{reason}", texts.RejectedBody);
        Assert.DoesNotContain("{link}", texts.RejectedBody);
        Assert.All(new[] { texts.InvitationSubject, texts.ResetSubject, texts.RejectedSubject }, s => Assert.Contains("{conference}", s));
        Assert.DoesNotContain("password:", texts.InvitationBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void UnknownLanguage_FallsBackToEnglish()
    {
        Assert.Same(MailTexts.For("en"), MailTexts.For("de"));
        Assert.Same(MailTexts.For("en"), MailTexts.For(null));
    }

    [Fact]
    public void Fill_ReplacesEveryPlaceholder()
    {
        var text = MailTexts.Fill(MailTexts.For("fr").InvitationBody,
            new Dictionary<string, string> { ["name"] = "Amina", ["conference"] = "Conférence", ["link"] = "https://x/welcome?token=t", ["hours"] = "24" });
        Assert.Contains("Bonjour Amina", text);
        Assert.Contains("expire dans 24 heures", text);
        Assert.DoesNotContain("{", text);
    }
}
