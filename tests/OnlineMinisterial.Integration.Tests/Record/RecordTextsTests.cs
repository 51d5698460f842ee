using System.Text.RegularExpressions;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Record;

namespace OnlineMinisterial.Integration.Tests.Record;

/// <summary>The record PDF's words: every key in each of the six languages, with the same placeholders, and names by standard.</summary>
public sealed partial class RecordTextsTests
{
    [Fact]
    public void EveryLanguage_HasEveryKey_WithEnglishPlaceholders()
    {
        Assert.Equal(ConferenceLanguages.Un.Order(), RecordTexts.Languages.Order());
        var english = RecordTexts.Table("en");
        foreach (var language in RecordTexts.Languages)
        {
            var table = RecordTexts.Table(language);
            Assert.Equal(english.Keys.Order(), table.Keys.Order());
            foreach (var (key, text) in english)
                Assert.True(Placeholders(text).SequenceEqual(Placeholders(table[key])), $"{language} {key}: {table[key]}");
        }
    }

    [Fact]
    public void French_HasANarrowNoBreakSpace_BeforeTwoPartPunctuation()
    {
        foreach (var (key, text) in RecordTexts.Table("fr"))
            Assert.False(Regex.IsMatch(text, @"[ \u00A0][:;?!]"), $"fr {key}: {text}");
    }

    [Fact]
    public void For_AnotherLanguage_FallsBackToEnglish()
    {
        Assert.Equal("Record of proceedings", RecordTexts.For("de")["title"]);
        Assert.Equal("محضر الجلسة", RecordTexts.For("ar-EG")["title"]);
        Assert.True(RecordTexts.For("ar").RightToLeft);
    }

    [Fact]
    public void Time_IsWrittenInTheLanguage_InUtc_WithWesternDigitsInArabic()
    {
        var at = new DateTimeOffset(2026, 12, 1, 10, 5, 3, TimeSpan.FromHours(1));
        Assert.Equal("1 December 2026, 09:05:03 UTC", RecordTexts.For("en").Time(at));
        Assert.Equal("1 décembre 2026, 09:05:03 UTC", RecordTexts.For("fr").Time(at));
        Assert.Equal("1 de diciembre de 2026, 09:05:03 UTC", RecordTexts.For("es").Time(at));
        Assert.Equal("1 декабря 2026 г., 09:05:03 UTC", RecordTexts.For("ru").Time(at));
        Assert.Equal("2026年12月1日 09:05:03 UTC", RecordTexts.For("zh").Time(at));
        Assert.Equal("1 ديسمبر 2026، 09:05:03 UTC\u200F", RecordTexts.For("ar").Time(at));
        Assert.Equal("Pour 1234, Contre 0, Abstentions 2", RecordTexts.For("fr").Fill("tally", ("yes", 1234), ("no", 0), ("abstain", 2)));
    }

    [Fact]
    public void Names_FollowTheStandards_AndEnglishKeepsTheSecretariatsName()
    {
        var kaz = new RecordDelegation("KAZ", "Republic of Kazakhstan");
        Assert.Equal("Republic of Kazakhstan", RecordNames.Delegation(kaz, "en"));
        Assert.Equal("Казахстан", RecordNames.Delegation(kaz, "ru"));
        Assert.Equal("كازاخستان", RecordNames.Delegation(kaz, "ar"));
        Assert.Equal("哈萨克斯坦", RecordNames.Delegation(kaz, "zh"));
        Assert.Equal("Organisation mondiale de la Santé", RecordNames.Delegation(new RecordDelegation("WHO", "WHO"), "fr"));
        Assert.Equal("Holy See observers", RecordNames.Delegation(new RecordDelegation("XHS", "Holy See observers"), "fr"));
        Assert.Equal("французский", RecordNames.Language("fr", "ru"));
        Assert.Equal("French", RecordNames.Language("fr", "en"));
        Assert.Equal("法语", RecordNames.Language("fr", "zh"));
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order();

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();
}
