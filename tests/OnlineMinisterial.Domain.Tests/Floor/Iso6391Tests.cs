using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Domain.Tests.Floor;

/// <summary>The server reads the ISO 639-1 list from the browser's data file, the only copy of it.</summary>
public class Iso6391Tests
{
    [Fact]
    public void Codes_AreTheBrowsersDataFile_AsTheFloorLanguageMenuOffersThem()
    {
        var file = File.ReadAllText(Path.Combine(RepositoryRoot(), "wwwroot", "js", "data", "iso-639-1.js"));

        Assert.Equal(Iso6391.Parse(file), Iso6391.Codes);
        Assert.Equal(184, Iso6391.Codes.Count);
        Assert.Equal(Iso6391.Codes.Count, Iso6391.Codes.Distinct().Count());
        Assert.Contains("kk", Iso6391.Codes);
        Assert.DoesNotContain("iw", Iso6391.Codes);
        Assert.True(Iso6391.Contains("zh"));
        Assert.False(Iso6391.Contains("ZH"));
    }

    [Theory]
    [InlineData("export const X = [];")]
    [InlineData("export const X = ``;")]
    [InlineData("export const X = `en fr DEU`;")]
    [InlineData("export const X = `en f1`;")]
    public void Parse_RefusesAFileThatIsNotAListOfTwoLetterCodes(string module) =>
        Assert.Throws<InvalidOperationException>(() => Iso6391.Parse(module));

    [Fact]
    public void Parse_ReadsTheWordsBetweenTheBackticks()
    {
        Assert.Equal(["aa", "ab", "zu"], Iso6391.Parse("export const X = Object.freeze(`\naa ab\n  zu\n`.trim().split(/\\s+/));"));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OnlineMinisterial.sln"))) return dir.FullName;
        throw new InvalidOperationException("OnlineMinisterial.sln not found above the test's folder");
    }
}
