using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using ConferenceModel = OnlineMinisterial.Domain.Conference.Conference;

namespace OnlineMinisterial.Domain.Tests.Conference;

/// <summary>What the secretariat enters when it sets up a conference: title, host zone, dates, languages.</summary>
public class ConferenceSetupTests
{
    private const string NewYork = "America/New_York";
    private static readonly DateOnly First = new(2026, 12, 2);

    private static ConferenceModel SetUp(string title = "7th Online Ministerial", string zone = NewYork, int days = 2, params string[] languages) =>
        ConferenceModel.Create(Guid.NewGuid(), title, zone, First, First.AddDays(days - 1), languages.Length == 0 ? ["en"] : languages);

    [Fact]
    public void Create_KeepsTheTrimmedTitleAndTheZone_AndWorksInEnglishUntilToldOtherwise()
    {
        var id = Guid.NewGuid();
        var c = ConferenceModel.Create(id, "  7th Online Ministerial  ", NewYork);
        Assert.Equal((id, "7th Online Ministerial", NewYork), (c.Id, c.Title, c.HostTimeZone));
        Assert.Equal(["en"], c.LanguageList);
        Assert.Null(c.StartsOn);
    }

    [Theory]
    [InlineData("", NewYork, ErrorCodes.TextRequired)]
    [InlineData("   ", NewYork, ErrorCodes.TextRequired)]
    [InlineData("Ministerial", "", ErrorCodes.InvalidArgument)]
    [InlineData("Ministerial", "  ", ErrorCodes.InvalidArgument)]
    public void Create_WithoutTitleOrZone_IsRefused(string title, string zone, string expected)
    {
        var ex = Assert.Throws<DomainException>(() => ConferenceModel.Create(Guid.NewGuid(), title, zone));
        Assert.Equal(expected, ex.Code);
    }

    [Fact]
    public void SetUp_KeepsDatesAndLanguages_InTheOrderGiven()
    {
        var c = SetUp(days: 3, languages: ["fr", "en"]);
        Assert.Equal((First, First.AddDays(2)), (c.StartsOn, c.EndsOn));
        Assert.Equal("fr,en", c.Languages);
        Assert.Equal(["fr", "en"], c.LanguageList);
    }

    [Fact]
    public void AOneDayConference_EndsTheDayItStarts()
    {
        var c = SetUp(days: 1);
        Assert.Equal(c.StartsOn, c.EndsOn);
    }

    [Fact]
    public void EndingBeforeItStarts_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => SetUp(days: 0));
        Assert.Equal(AccreditationErrors.DatesInvalid, ex.Code);
    }

    [Fact]
    public void AnUnknownHostZone_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => SetUp(zone: "Mars/Olympus_Mons"));
        Assert.Equal(ConferenceErrors.TimeZoneUnknown, ex.Code);
    }

    [Fact]
    public void ATitleOfThreeHundredCharacters_IsTheLongestAccepted()
    {
        Assert.Equal(300, SetUp(title: new string('t', 300)).Title.Length);
        Assert.Equal(ErrorCodes.TextTooLong, Assert.Throws<DomainException>(() => SetUp(title: new string('t', 301))).Code);
    }

    [Fact]
    public void Describe_ChangesEverything_OrNothingWhenARuleIsBroken()
    {
        var c = SetUp();
        c.Describe(" Ministerial, resumed ", "Europe/Vienna", First.AddDays(7), First.AddDays(8), ["ru"]);
        Assert.Equal(("Ministerial, resumed", "Europe/Vienna", First.AddDays(7), "ru"), (c.Title, c.HostTimeZone, c.StartsOn, c.Languages));

        foreach (var (title, expected) in new[] { ("", ErrorCodes.TextRequired), ("  ", ErrorCodes.TextRequired), (new string('t', 301), ErrorCodes.TextTooLong) })
        {
            var ex = Assert.Throws<DomainException>(() => c.Describe(title, NewYork, First, First, ["en"]));
            Assert.Equal(expected, ex.Code);
        }
        Assert.Equal("Ministerial, resumed", c.Title);
    }
}
