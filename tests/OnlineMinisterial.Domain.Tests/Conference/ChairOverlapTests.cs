using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Conference;

public class ChairOverlapTests
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 2, 14, 0, 0, TimeSpan.Zero);

    private static Session At(string chair, int startMinutes, int lengthMinutes, int ordinal = 1) =>
        Session.Schedule(Guid.NewGuid(), Guid.Empty, $"Session {ordinal}", SessionKind.Plenary, chair,
            Nine.AddMinutes(startMinutes), Nine.AddMinutes(startMinutes + lengthMinutes), ordinal);

    [Fact]
    public void SameChair_OverlappingTimes_Overlap()
    {
        var a = At("chair", 0, 60);
        var b = At("chair", 30, 60, 2);

        Assert.True(ChairOverlap.Between(a, b));
        Assert.Equal([b], ChairOverlap.With(a, [a, b]));
    }

    [Fact]
    public void TouchingSessions_AnotherChair_OrACancelledSession_DoNotOverlap()
    {
        var a = At("chair", 0, 60);
        var touching = At("chair", 60, 30, 2);
        var otherChair = At("moderator", 15, 30, 3);
        var cancelled = At("chair", 10, 20, 4);
        cancelled.Cancel();

        Assert.Empty(ChairOverlap.With(a, [touching, otherChair, cancelled]));
    }

    [Fact]
    public void ASessionDoesNotOverlapItself()
    {
        var a = At("chair", 0, 60);
        Assert.False(ChairOverlap.Between(a, a));
    }

    [Fact]
    public void ASessionEndingWhenTheOtherStarts_DoesNotOverlapIt_WhicheverIsAskedFirst()
    {
        var a = At("chair", 60, 60);
        var before = At("chair", 0, 60, 2);
        Assert.False(ChairOverlap.Between(a, before));
        Assert.False(ChairOverlap.Between(before, a));
    }

    [Fact]
    public void Overlaps_AreListedEarliestFirst_ThenInAgendaOrder()
    {
        var a = At("chair", 0, 120);
        var late = At("chair", 60, 30, 2);
        var earlyFourth = At("chair", 30, 30, 4);
        var earlyThird = At("chair", 30, 30, 3);
        Assert.Equal([earlyThird, earlyFourth, late], ChairOverlap.With(a, [late, earlyFourth, earlyThird]));
    }

    [Fact]
    public void Between_WithoutASession_IsAProgrammingError()
    {
        var a = At("chair", 0, 60);
        Assert.Throws<ArgumentNullException>(() => ChairOverlap.Between(a, null!));
        Assert.Throws<ArgumentNullException>(() => ChairOverlap.Between(null!, a));
    }
}
