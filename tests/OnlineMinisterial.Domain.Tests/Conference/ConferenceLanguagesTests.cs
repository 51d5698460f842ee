using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Conference;

public class ConferenceLanguagesTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ru")]
    [InlineData("zh")]
    [InlineData("ar")]
    public void EachOfTheSixUnLanguages_IsAccepted(string language)
    {
        Assert.Equal([language], ConferenceLanguages.Parse([language]));
    }

    [Fact]
    public void AList_IsTrimmedLowerCasedAndWithoutDuplicates_BlankEntriesIgnored()
    {
        Assert.Equal(["en", "fr"], ConferenceLanguages.Parse([" EN ", "fr", "", "  ", "en"]));
    }

    [Fact]
    public void AnUnknownLanguage_IsRefused_AndNamed()
    {
        var ex = Assert.Throws<DomainException>(() => ConferenceLanguages.Parse(["en", "de"]));
        Assert.Equal(AccreditationErrors.LanguageUnknown, ex.Code);
        Assert.Contains("de", ex.Message);
    }

    [Fact]
    public void NoLanguageAtAll_IsRefused()
    {
        Assert.Equal(AccreditationErrors.LanguageUnknown, Assert.Throws<DomainException>(() => ConferenceLanguages.Parse(null)).Code);
        Assert.Equal(AccreditationErrors.LanguageUnknown, Assert.Throws<DomainException>(() => ConferenceLanguages.Parse([" "])).Code);
    }
}
