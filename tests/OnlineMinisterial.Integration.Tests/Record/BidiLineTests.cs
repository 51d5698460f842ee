using System.Text;
using OnlineMinisterial.Web.Features.Record.Text;

namespace OnlineMinisterial.Integration.Tests.Record;

/// <summary>Lines put in display order: Arabic right to left, numbers and Latin inside it left to right.</summary>
public sealed class BidiLineTests
{
    private static string Reversed(string s) => new(s.Reverse().ToArray());

    private static string Read(string visual) => visual.Normalize(NormalizationForm.FormKC);

    [Fact]
    public void Visual_ArabicLine_ReadsRightToLeft()
    {
        var visual = BidiLine.Visual("مؤتمر", rightToLeft: true);
        Assert.Equal("\uFEAE\uFEE4\uFE97\uFE86\uFEE3", visual);
    }

    [Fact]
    public void Visual_NumberInsideAnArabicName_StaysLeftToRight()
    {
        var visual = BidiLine.Visual("جلسة 12 الصباحية", rightToLeft: true);
        Assert.Equal(Reversed("الصباحية") + " 12 " + Reversed("جلسة"), Read(visual));
    }

    [Fact]
    public void Visual_LatinCodeInBrackets_KeepsItsOrder_AndTheBracketsFaceTheRightWay()
    {
        var visual = BidiLine.Visual("كازاخستان (KAZ)", rightToLeft: true);
        Assert.Equal("(KAZ) " + Reversed("كازاخستان"), Read(visual));
    }

    [Fact]
    public void Visual_BracketsAroundLatin_TakeTheDirectionBeforeThem_SoTheLatinThatFollowsStaysOutside()
    {
        var visual = BidiLine.Visual("1. كازاخستان (KAZ) · Head of Delegation", rightToLeft: true);
        Assert.Equal("Head of Delegation · (KAZ) " + Reversed("كازاخستان") + " .1", Read(visual));
    }

    [Fact]
    public void Visual_DirectionMarks_SteerTheOrder_AndAreNotDrawn()
    {
        var visual = BidiLine.Visual("بمحضر JSON (\u200E.json)", rightToLeft: true);
        Assert.Equal("JSON (.json) " + Reversed("بمحضر"), Read(visual));
    }

    [Fact]
    public void Visual_ArabicNameInALeftToRightLine_TurnsRoundAloneWithItsNumber()
    {
        var visual = BidiLine.Visual("Speaker: مؤتمر 2026 (KAZ)", rightToLeft: false);
        Assert.Equal("Speaker: 2026 " + Reversed("مؤتمر") + " (KAZ)", Read(visual));
    }

    [Fact]
    public void Visual_TimeAndDateInAnArabicLine_KeepTheirDigitsAndSeparators()
    {
        var visual = BidiLine.Visual("من 1 ديسمبر 2026، 09:05:00 UTC", rightToLeft: true);
        // Read from the right: "من", "1", "ديسمبر", "2026،" then the time and UTC, each run of digits left to right.
        Assert.Equal("UTC 09:05:00 " + "،2026 " + Reversed("ديسمبر") + " 1 " + Reversed("من"), Read(visual));
    }

    [Fact]
    public void Visual_MarksFollowTheirLetter_InTheReversedLine()
    {
        var visual = BidiLine.Visual("\u0645\u064F\u062D", rightToLeft: true);
        Assert.Equal("\uFEA2\uFEE3\u064F", visual);
    }

    [Fact]
    public void Visual_LineWithoutArabic_InARightToLeftDocument_ReadsLeftToRight()
    {
        Assert.Equal("Adopt the agenda?", BidiLine.Visual("Adopt the agenda?", rightToLeft: true));
    }

    [Fact]
    public void Visual_RightToLeftMarkAfterUtc_KeepsTheDurationApart()
    {
        var visual = BidiLine.Visual("إلى 09:04:00 UTC\u200F · 3:05", rightToLeft: true);
        Assert.Equal("3:05 · UTC 09:04:00 " + Reversed("إلى"), Read(visual));
    }

    [Fact]
    public void Visual_LeftToRightTextWithoutArabic_IsUnchanged()
    {
        Assert.Equal("Kazakhstan (KAZ): 3:05", BidiLine.Visual("Kazakhstan (KAZ): 3:05", rightToLeft: false));
    }
}
