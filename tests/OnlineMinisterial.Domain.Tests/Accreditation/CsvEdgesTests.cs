using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Accreditation;

/// <summary>The delegations CSV at its edges: quotes, blank lines, formulas, exact limits and every kind of change.</summary>
public class CsvEdgesTests
{
    private const string Header = "code,name,kind,votes,rank\n";
    private static readonly DelegationRow Kazakhstan = new("KAZ", "Kazakhstan", DelegationKind.MemberState, true, HeadRank.Minister);

    [Fact]
    public void AQuotedFieldEndingTheFile_WithADoubledQuote_IsRead()
    {
        var row = Assert.Single(CsvReader.Read("a,\"say \"\"hi\"\"\""));
        Assert.Equal(["a", "say \"hi\""], row.Fields);
    }

    [Fact]
    public void AQuote_AfterTheFieldHasStarted_IsRefused_EvenAfterSpaces()
    {
        var afterSpaces = Assert.Throws<DomainException>(() => CsvReader.Read("code\na, \"b\""));
        Assert.Equal((AccreditationErrors.ImportQuoteMisplaced, "2"), (afterSpaces.Code, afterSpaces.Values!["line"]));
        Assert.Equal(AccreditationErrors.ImportQuoteUnclosed, Assert.Throws<DomainException>(() => CsvReader.Read("\"a\"\"b")).Code); // the doubled quote is data
    }

    [Fact]
    public void AFieldAfterAQuotedOne_MayStartWithAQuoteAgain()
    {
        var row = Assert.Single(CsvReader.Read("\"a\",\"b\"\n"));
        Assert.Equal(["a", "b"], row.Fields);
    }

    [Fact]
    public void BlankLines_AreSkipped_ButALineOfEmptyFieldsIsARow()
    {
        var rows = CsvReader.Read("a\n\n   \n,\nb");
        Assert.Equal([1, 4, 5], rows.Select(r => r.Line));
        Assert.Equal(["", ""], rows[1].Fields);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(",lead", "\",lead\"")]
    public void AFieldForWriting_IsQuotedOnlyWhenItMustBe(string value, string written)
    {
        Assert.Equal(written, CsvReader.Field(value));
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@x", "'@x")]
    [InlineData("Kenya", "Kenya")]
    [InlineData("", "")]
    public void AFieldStartingLikeAFormula_IsDefused(string value, string written)
    {
        Assert.Equal(written, CsvReader.SafeField(value));
    }

    [Fact]
    public void AnEmptyFile_IsOneErrorOnItsFirstLine()
    {
        var row = Assert.Single(DelegationImport.Preview("", [], 60));
        Assert.Equal((1, "", ImportRowStatus.Error), (row.Line, row.Code, row.Status));
        Assert.Equal((AccreditationErrors.ImportEmpty, "code,name,kind,votes,rank"), (row.ReasonCode, row.ReasonValues!["columns"]));
    }

    [Fact]
    public void AHeaderWithoutItsColumns_NamesTheMissingOnes()
    {
        var row = Assert.Single(DelegationImport.Preview("code,votes\nKAZ,yes", [], 60));
        Assert.Equal(AccreditationErrors.ImportHeaderMissing, row.ReasonCode);
        Assert.Equal("name, kind, rank", row.ReasonValues!["missing"]);
    }

    [Fact]
    public void TheVotesColumn_MayBeLeftOutOfTheHeader()
    {
        var row = Assert.Single(DelegationImport.Preview("code,name,kind,rank\nKAZ,Kazakhstan,MemberState,Minister", [], 60));
        Assert.Equal(ImportRowStatus.New, row.Status);
        Assert.True(row.Row!.Votes);
    }

    [Fact]
    public void KindsAndRanks_MayBeWrittenWithSpacesAndInAnyCase()
    {
        var (row, error) = DelegationImport.Parse("UNODC", "UN Office on Drugs and Crime", "international organization", "", "senior official");
        Assert.Null(error);
        Assert.Equal((DelegationKind.InternationalOrganization, HeadRank.SeniorOfficial, false), (row!.Kind, row.HeadRank, row.Votes));
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("TRUE", true)]
    [InlineData("no", false)]
    [InlineData("False", false)]
    public void TheVotesColumn_SaysYesOrNo_InEitherWord(string votes, bool expected)
    {
        var (row, _) = DelegationImport.Parse("KAZ", "Kazakhstan", "MemberState", votes, "Minister");
        Assert.Equal(expected, row!.Votes);
    }

    [Fact]
    public void ANumberForAKindOrRank_IsNotAKindOrRank()
    {
        Assert.Null(DelegationImport.Parse("KAZ", "Kazakhstan", "7", "", "Minister").Row);
        Assert.Null(DelegationImport.Parse("KAZ", "Kazakhstan", "MemberState", "", "9").Row);
    }

    [Fact]
    public void ANameOfTwoHundredCharacters_IsTheLongestAccepted()
    {
        Assert.NotNull(DelegationImport.Parse("KAZ", new string('k', 200), "MemberState", "", "Minister").Row);
        Assert.Null(DelegationImport.Parse("KAZ", new string('k', 201), "MemberState", "", "Minister").Row);
    }

    [Fact]
    public void AChangeOfKindOrVote_IsNamedInTheDifferences()
    {
        var changed = Assert.Single(DelegationImport.Preview(Header + "KAZ,Kazakhstan,Observer,no,Minister\n", [Kazakhstan], 60));
        Assert.Equal(ImportRowStatus.Changed, changed.Status);
        Assert.Equal("kind: MemberState → Observer; votes: yes → no", changed.Reason);
        Assert.Equal([new ImportChange("kind", "MemberState", "Observer"), new ImportChange("votes", "yes", "no")], changed.Changes!);
        Assert.Null(changed.ReasonCode);
    }

    [Fact]
    public void AnUnchangedOrChangedDelegation_DoesNotCountAgainstTheMaximum_NorDoesAnErrorLine()
    {
        var rows = DelegationImport.Preview(Header + "KAZ,Kazakhstan,MemberState,yes,Minister\nBAD,,MemberState,yes,Minister\nMEX,Mexico,MemberState,yes,Minister\n",
            [Kazakhstan], 2);
        Assert.Equal([ImportRowStatus.Unchanged, ImportRowStatus.Error, ImportRowStatus.New], rows.Select(r => r.Status));
    }

    [Fact]
    public void ToCsv_WritesVotesAsYesOrNo()
    {
        var csv = DelegationImport.ToCsv([Kazakhstan, Kazakhstan with { Code = "MEX", Name = "Mexico", Votes = false }]);
        Assert.Equal("code,name,kind,votes,rank\r\nKAZ,Kazakhstan,MemberState,yes,Minister\r\nMEX,Mexico,MemberState,no,Minister\r\n", csv);
    }
}
