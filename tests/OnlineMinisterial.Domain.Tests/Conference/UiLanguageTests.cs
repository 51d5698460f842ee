using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Conference;

/// <summary>A person's UI language: one of the six, matched from a browser's tag, Arabic right to left.</summary>
public class UiLanguageTests
{
    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("zh", "ltr")]
    [InlineData("en", "ltr")]
    [InlineData("fr", "ltr")]
    public void OnlyArabic_IsWrittenRightToLeft(string language, string direction)
    {
        Assert.Equal(direction, ConferenceLanguages.Direction(language));
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData(" RU ", "ru")]
    [InlineData("Zh", "zh")]
    public void AChoiceOfTheSix_IsNormalised(string choice, string kept)
    {
        Assert.Equal(kept, ConferenceLanguages.Choose(choice));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("fr-CA")]
    [InlineData("")]
    [InlineData(null)]
    public void AnyOtherChoice_IsRefusedWithItsCode_NamingTheSix(string? choice)
    {
        var refused = Assert.Throws<DomainException>(() => ConferenceLanguages.Choose(choice));
        Assert.Equal(ConferenceErrors.UiLanguageUnknown, refused.Code);
        Assert.Contains("en, fr, es, ru, zh, ar", refused.Message);
    }

    [Theory]
    [InlineData("fr-CA", "fr")]
    [InlineData("zh_Hans", "zh")]
    [InlineData("AR", "ar")]
    [InlineData("es", "es")]
    public void ABrowsersTag_MatchesByItsPrimaryLanguage(string tag, string language)
    {
        Assert.Equal(language, ConferenceLanguages.Match(tag));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("pt")]
    [InlineData("")]
    [InlineData(null)]
    public void ATagOfAnotherLanguage_MatchesNone(string? tag)
    {
        Assert.Null(ConferenceLanguages.Match(tag));
    }
}
