using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Accreditation;

public class DelegationCsvTests
{
    private const string Header = "code,name,kind,votes,rank\n";

    private static IReadOnlyList<ImportRow> Preview(string csv, int max = 60, params DelegationRow[] existing) =>
        DelegationImport.Preview(csv, existing, max);

    [Fact]
    public void Read_QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        var rows = CsvReader.Read("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nx,y,z,w\r\n");
        Assert.Equal(["a", "b, c", "say \"hi\"", "two\nlines"], rows[0].Fields);
        Assert.Equal(3, rows[1].Line); // the quoted line break is counted
    }

    [Fact]
    public void Read_ByteOrderMark_IsIgnored()
    {
        var rows = CsvReader.Read("\uFEFFcode,name\nKAZ,Kazakhstan");
        Assert.Equal("code", rows[0].Fields[0]);
    }

    [Fact]
    public void Read_UnclosedQuote_IsRefusedWithLine()
    {
        var e = Assert.Throws<DomainException>(() => CsvReader.Read("code,name\nKAZ,\"Kazakhstan\n"));
        Assert.Equal(AccreditationErrors.ImportQuoteUnclosed, e.Code);
        Assert.Contains("Line 2", e.Message);
        Assert.Equal("2", e.Values!["line"]);
    }

    [Fact]
    public void Preview_BomAndQuotedName_IsNew()
    {
        var rows = Preview("\uFEFF" + Header + "CICAD,\"Inter-American Drug Abuse Control Commission, OAS\",InternationalOrganization,,SeniorOfficial\n");
        var row = Assert.Single(rows);
        Assert.Equal(ImportRowStatus.New, row.Status);
        Assert.Equal("Inter-American Drug Abuse Control Commission, OAS", row.Row!.Name);
        Assert.False(row.Row.Votes); // organisations do not vote unless the file says so
    }

    [Theory]
    [InlineData("KZ,Kazakhstan,MemberState,yes,Minister", "ISO 3166 alpha-3", AccreditationErrors.DelegationCodeNotIso, "code=KZ")]
    [InlineData("KAZ1,Kazakhstan,MemberState,yes,Minister", "ISO 3166 alpha-3", AccreditationErrors.DelegationCodeNotIso, "code=KAZ1")]
    [InlineData("U N,United Nations,InternationalOrganization,no,Ambassador", "acronym", AccreditationErrors.DelegationCodeNotAcronym, "code=U N")]
    [InlineData("KAZ,Kazakhstan,Country,yes,Minister", "kind", AccreditationErrors.DelegationKindUnknown, "kind=Country")]
    [InlineData("KAZ,Kazakhstan,MemberState,maybe,Minister", "votes", AccreditationErrors.DelegationVotesUnknown, "votes=maybe")]
    [InlineData("KAZ,Kazakhstan,MemberState,yes,King", "rank", AccreditationErrors.DelegationRankUnknown, "rank=King")]
    [InlineData("KAZ,,MemberState,yes,Minister", "name", AccreditationErrors.DelegationNameInvalid, "max=200")]
    [InlineData("KAZ,Kazakhstan,MemberState,yes", "fields", AccreditationErrors.ImportFieldCount, "fields=4,header=5")]
    public void Preview_WrongValues_AreErrorsWithTheReason_ItsCodeAndValues(string line, string reason, string code, string values)
    {
        var row = Assert.Single(Preview(Header + line));
        Assert.Equal(ImportRowStatus.Error, row.Status);
        Assert.Contains(reason, row.Reason);
        Assert.Equal(2, row.Line);
        Assert.Equal(code, row.ReasonCode);
        Assert.Equal(values, string.Join(",", row.ReasonValues!.Select(v => $"{v.Key}={v.Value}")));
    }

    [Fact]
    public void Preview_DuplicateCode_SecondIsAnError()
    {
        var rows = Preview(Header + "KAZ,Kazakhstan,MemberState,yes,Minister\nkaz,Kazakhstan again,MemberState,yes,Minister\n");
        Assert.Equal(ImportRowStatus.New, rows[0].Status);
        Assert.Equal(ImportRowStatus.Error, rows[1].Status);
        Assert.Contains("more than once", rows[1].Reason);
        Assert.Equal((AccreditationErrors.ImportDuplicateCode, "KAZ"), (rows[1].ReasonCode, rows[1].ReasonValues!["code"]));
    }

    [Fact]
    public void Preview_ExistingDelegation_IsChangedOrUnchanged()
    {
        var kaz = new DelegationRow("KAZ", "Kazakhstan", DelegationKind.MemberState, true, HeadRank.Minister);
        var rows = Preview(Header + "KAZ,Kazakhstan,MemberState,yes,Minister\n", 60, kaz);
        Assert.Equal(ImportRowStatus.Unchanged, Assert.Single(rows).Status);

        var changed = Assert.Single(Preview(Header + "KAZ,Republic of Kazakhstan,MemberState,yes,Ambassador\n", 60, kaz));
        Assert.Equal(ImportRowStatus.Changed, changed.Status);
        Assert.Contains("name: Kazakhstan → Republic of Kazakhstan", changed.Reason);
        Assert.Contains("rank: Minister → Ambassador", changed.Reason);
    }

    [Fact]
    public void Preview_SixtyFirstDelegation_IsOverTheMaximum()
    {
        var lines = Enumerable.Range(0, 61).Select(i => $"A{(char)('A' + i / 26)}{(char)('A' + i % 26)},State {i},MemberState,yes,Minister");
        var rows = Preview(Header + string.Join("\n", lines), max: 60);
        Assert.All(rows.Take(60), r => Assert.Equal(ImportRowStatus.New, r.Status));
        Assert.Equal(ImportRowStatus.Error, rows[60].Status);
        Assert.Contains("at most 60", rows[60].Reason);
        Assert.Equal((AccreditationErrors.ImportTooMany, "60", "61"), (rows[60].ReasonCode, rows[60].ReasonValues!["max"], rows[60].ReasonValues!["number"]));
    }

    [Fact]
    public void Preview_MissingColumn_IsOneError()
    {
        var row = Assert.Single(Preview("code,name,votes\nKAZ,Kazakhstan,yes"));
        Assert.Equal(ImportRowStatus.Error, row.Status);
        Assert.Contains("kind, rank", row.Reason);
    }

    [Fact]
    public void ToCsv_ReadsBackTheSameRows()
    {
        DelegationRow[] rows = [new("EU", "European Union, the", DelegationKind.InternationalOrganization, false, HeadRank.Ambassador)];
        var back = Preview(DelegationImport.ToCsv(rows));
        Assert.Equal(rows[0], Assert.Single(back).Row);
    }
}
