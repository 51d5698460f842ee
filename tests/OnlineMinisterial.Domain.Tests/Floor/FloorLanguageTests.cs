using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Floor;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class FloorLanguageTests
{
    private static readonly DateTimeOffset Now = SpeakerListBuilder.SessionStart;

    [Theory]
    [InlineData("ar")]
    [InlineData("ZH")]
    [InlineData(" es ")]
    public void Declare_OfficialLanguage_NeedsAndKeepsNoInterpretation(string spoken)
    {
        var language = FloorLanguage.Declare(spoken, "en");

        Assert.Equal(spoken.Trim().ToLowerInvariant(), language.Spoken);
        Assert.Null(language.InterpretedInto);
        Assert.True(language.IsOfficial);
    }

    [Fact]
    public void Declare_OtherLanguage_KeepsTheOfficialLanguageItIsInterpretedInto()
    {
        var language = FloorLanguage.Declare("kk", "RU");

        Assert.Equal(new FloorLanguage("kk", "ru"), language);
        Assert.False(language.IsOfficial);
    }

    [Theory]
    [InlineData(null, null, FloorErrors.LanguageUnknown)]
    [InlineData("", "en", FloorErrors.LanguageUnknown)]
    [InlineData("qq", "en", FloorErrors.LanguageUnknown)]
    [InlineData("iw", "en", FloorErrors.LanguageUnknown)]
    [InlineData("de", null, FloorErrors.InterpretationRequired)]
    [InlineData("de", "pt", FloorErrors.InterpretationRequired)]
    public void Declare_Refuses_UnknownLanguageOrMissingInterpretation(string? spoken, string? into, string code)
    {
        var error = Assert.Throws<DomainException>(() => FloorLanguage.Declare(spoken, into));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Request_KeepsTheLanguage_AndReAddingTheLastSpeakerCarriesItOver()
    {
        var list = new SpeakerListBuilder(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now)).Build();
        var asked = list.Request(Guid.NewGuid(), Kenya, RequestKind.Statement, Now, "amina", language: new FloorLanguage("sw", "en"));
        list.GiveFloorToNext(Now);
        list.EndSpeech(Now.AddMinutes(1));

        var again = list.ReAddLastSpeaker(Guid.NewGuid(), Now.AddMinutes(2));

        Assert.Equal(("sw", "en"), (asked.Language, asked.InterpretedInto));
        Assert.Equal(("sw", "en"), (again.Language, again.InterpretedInto));
    }
}
