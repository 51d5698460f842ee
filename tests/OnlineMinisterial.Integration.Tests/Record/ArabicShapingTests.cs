using System.Text;
using OnlineMinisterial.Web.Features.Record.Text;

namespace OnlineMinisterial.Integration.Tests.Record;

/// <summary>Arabic letters take their joined forms (Presentation Forms-B) from their neighbours, as a reader expects.</summary>
public sealed class ArabicShapingTests
{
    private static string Codes(string s) => string.Join(" ", s.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Shape_Conference_JoinsEachLetterByItsNeighbours()
    {
        // meem initial, waw-hamza final (it never joins the next), teh initial, meem medial, reh final.
        Assert.Equal("FEE3 FE86 FE97 FEE4 FEAE", Codes(ArabicShaping.Shape("مؤتمر")));
    }

    [Fact]
    public void Shape_UnitedNations_UsesTheLamAlefLigatures_AndKeepsWordsApart()
    {
        var shaped = ArabicShaping.Shape("الأمم المتحدة");
        // alef isolated, lam + alef-hamza as one isolated ligature, meem initial, meem final; then
        // alef, lam initial, meem medial, teh medial, hah medial, dal final, teh marbuta isolated (dal does not join it).
        Assert.Equal("FE8D FEF7 FEE3 FEE2 0020 FE8D FEDF FEE4 FE98 FEA4 FEAA FE93", Codes(shaped));
        Assert.Equal("الأمم المتحدة", shaped.Normalize(NormalizationForm.FormKC));
    }

    [Fact]
    public void Shape_LamAlefAfterAJoiningLetter_TakesTheFinalLigature()
    {
        Assert.Equal("FEB3 FEFC FEE1", Codes(ArabicShaping.Shape("سلام")));
    }

    [Fact]
    public void Shape_NonJoiningLetters_StayIsolated()
    {
        Assert.Equal("FEA9 FE8D FEAD", Codes(ArabicShaping.Shape("دار")));
    }

    [Fact]
    public void Shape_Marks_AreTransparent_ToJoining()
    {
        // meem damma hah fatha meem shadda fatha dal: the marks stay, the letters join across them.
        var word = "\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F";
        Assert.Equal("FEE3 064F FEA4 064E FEE4 0651 064E FEAA", Codes(ArabicShaping.Shape(word)));
    }

    [Fact]
    public void Shape_TextWithoutArabic_IsUnchanged()
    {
        Assert.Equal("Kazakhstan (KAZ) 中国", ArabicShaping.Shape("Kazakhstan (KAZ) 中国"));
    }

    [Fact]
    public void Shape_Tatweel_JoinsOnBothSides()
    {
        // beh before a tatweel is initial; heh after it is final.
        Assert.Equal("FE91 0640 FEEA", Codes(ArabicShaping.Shape("بـه")));
    }
}
