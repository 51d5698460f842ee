using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Panels;
using static OnlineMinisterial.Domain.Tests.Panels.PanelAskers;

namespace OnlineMinisterial.Domain.Tests.Panels;

public class RateLimitTests
{
    private readonly FakeTimeProvider _time = new(BoardBuilder.PanelStart);
    private readonly QuestionBoard _board = QuestionBoard.Create(Guid.NewGuid());

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void FourthQuestionWithinAMinute_IsRefused_SayingWhenToAskAgain()
    {
        var first = Now;
        AskEvery(TimeSpan.FromSeconds(10), 3);
        var version = _board.Version;

        var error = Assert.Throws<DomainException>(() => Ask(Amina));

        Assert.Equal(PanelErrors.RateLimited, error.Code);
        Assert.Equal(ErrorKind.TooManyRequests, error.Kind);
        Assert.Contains("2026-11-30T15:01:00Z", error.Message, StringComparison.Ordinal);
        Assert.Equal(first + TimeSpan.FromMinutes(1), _board.CanAskAgainAt("amina", Now, QuestionLimits.Default));
        Assert.Equal(3, _board.Questions.Count);
        Assert.Equal(version, _board.Version);
    }

    [Fact]
    public void OnceTheOldestLeavesTheWindow_TheAuthorMayAskAgain()
    {
        AskEvery(TimeSpan.FromSeconds(10), 3);

        _time.Advance(TimeSpan.FromSeconds(39));
        Assert.Throws<DomainException>(() => Ask(Amina));
        _time.Advance(TimeSpan.FromSeconds(1));
        Ask(Amina);

        Assert.Equal(4, _board.Questions.Count);
        Assert.NotNull(_board.CanAskAgainAt("amina", Now, QuestionLimits.Default));
    }

    [Fact]
    public void TheLimitIsPerPerson_NotPerDelegation()
    {
        AskEvery(TimeSpan.Zero, 3);

        Ask(Otieno);
        Ask(Lucia);

        Assert.Equal(5, _board.Questions.Count);
    }

    [Fact]
    public void ARetryOfTheSameQuestion_DoesNotCountAgainstTheLimit()
    {
        var id = Guid.NewGuid();
        _board.Submit(id, Amina, "Once", false, Now, QuestionLimits.Default);

        for (var i = 0; i < 5; i++) _board.Submit(id, Amina, "Once", false, Now, QuestionLimits.Default);
        Ask(Amina);
        Ask(Amina);

        Assert.Equal(3, _board.Questions.Count);
    }

    [Fact]
    public void RefusedQuestions_DoNotCount_DismissedOnesDo()
    {
        Assert.Throws<DomainException>(() => _board.Submit(Guid.NewGuid(), Amina, " ", false, Now, QuestionLimits.Default));
        var dismissed = Ask(Amina);
        _board.Dismiss(dismissed.Id, Now);
        Ask(Amina);
        Ask(Amina);

        var error = Assert.Throws<DomainException>(() => Ask(Amina));

        Assert.Equal(PanelErrors.RateLimited, error.Code);
    }

    [Fact]
    public void ACustomLimit_IsApplied()
    {
        var limits = new QuestionLimits(maxLength: 20, perWindow: 1, window: TimeSpan.FromSeconds(30));
        _board.Submit(Guid.NewGuid(), Amina, "One", false, Now, limits);

        var error = Assert.Throws<DomainException>(() => _board.Submit(Guid.NewGuid(), Amina, "Two", false, Now, limits));
        _time.Advance(TimeSpan.FromSeconds(30));
        _board.Submit(Guid.NewGuid(), Amina, "Two", false, Now, limits);

        Assert.Equal(PanelErrors.RateLimited, error.Code);
        Assert.Contains("in 30 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTimeTold_IsRoundedUp_SoAskingThenSucceeds_AndAMillisecondBeforeIsRefused()
    {
        _time.Advance(TimeSpan.FromMilliseconds(400));
        AskEvery(TimeSpan.FromSeconds(10), 3);
        _time.Advance(TimeSpan.FromMilliseconds(250));

        var error = Assert.Throws<DomainException>(() => Ask(Amina));
        var told = DateTimeOffset.Parse(Regex.Match(error.Message, @"again at (\S+Z)").Groups[1].Value, CultureInfo.InvariantCulture);
        var inSeconds = int.Parse(Regex.Match(error.Message, @"in (\d+) s").Groups[1].Value, CultureInfo.InvariantCulture);

        Assert.Equal(BoardBuilder.PanelStart + TimeSpan.FromSeconds(61), told);
        Assert.True(Now + TimeSpan.FromSeconds(inSeconds) >= told, "the seconds to wait must not end before the time told");
        _time.SetUtcNow(BoardBuilder.PanelStart + TimeSpan.FromMilliseconds(60_399));
        Assert.Throws<DomainException>(() => Ask(Amina));
        _time.SetUtcNow(told);
        Ask(Amina);
        Assert.Equal(4, _board.Questions.Count);
    }

    private void AskEvery(TimeSpan gap, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i > 0) _time.Advance(gap);
            Ask(Amina);
        }
    }

    private Question Ask(Asker asker) =>
        _board.Submit(Guid.NewGuid(), asker, "A question", false, Now, QuestionLimits.Default);
}
