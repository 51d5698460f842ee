using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Tests.Limits;

public sealed class TokenBucketTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AFullBucket_GivesItsBurst_ThenRefusesWithASecond()
    {
        var bucket = new TokenBucket(capacity: 3, perSecond: 2, Start);
        for (var i = 0; i < 3; i++) Assert.True(bucket.TryTake(Start, out _));
        Assert.False(bucket.TryTake(Start, out var retry));
        Assert.Equal(TimeSpan.FromSeconds(1), retry);
    }

    [Fact]
    public void TokensComeBackWithTime_AtTheRate_AndNeverBeyondTheCapacity()
    {
        var bucket = new TokenBucket(capacity: 3, perSecond: 2, Start);
        for (var i = 0; i < 3; i++) bucket.TryTake(Start, out _);
        var half = Start.AddMilliseconds(500);
        Assert.True(bucket.TryTake(half, out _));           // 0.5 s at 2 per second: one token
        Assert.False(bucket.TryTake(half, out _));

        var later = half.AddMinutes(10);                     // a long pause refills to the capacity, no more
        for (var i = 0; i < 3; i++) Assert.True(bucket.TryTake(later, out _));
        Assert.False(bucket.TryTake(later, out _));
    }

    [Fact]
    public void ASlowRate_SaysTheWholeWait()
    {
        var bucket = new TokenBucket(capacity: 1, perSecond: 1, Start);
        Assert.True(bucket.TryTake(Start, out _));
        Assert.False(bucket.TryTake(Start.AddMilliseconds(100), out var retry));
        Assert.Equal(TimeSpan.FromSeconds(1), retry);
        Assert.True(bucket.TryTake(Start.AddSeconds(1), out _));
    }

    [Fact]
    public void AClockGoingBack_RefillsNothing()
    {
        var bucket = new TokenBucket(capacity: 1, perSecond: 1, Start);
        Assert.True(bucket.TryTake(Start, out _));
        Assert.False(bucket.TryTake(Start.AddHours(-1), out _));
        Assert.False(bucket.TryTake(Start.AddHours(-1).AddMilliseconds(500), out _));
        Assert.True(bucket.TryTake(Start.AddHours(-1).AddSeconds(1), out _));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void ABucketWithoutTokensOrRate_IsRefused(int capacity, int perSecond) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenBucket(capacity, perSecond, Start));
}
