using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Tests.Errors;

public class DomainExceptionTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ARefusal_WithoutWordsForPeople_IsABug(string message)
    {
        Assert.Throws<ArgumentException>(() => new DomainException(ErrorCodes.InvalidArgument, message));
    }

    [Fact]
    public void ARefusal_KeepsItsCodeAndItsMessage()
    {
        var e = new DomainException(ErrorCodes.InvalidArgument, "A session needs a title.");
        Assert.Equal((ErrorCodes.InvalidArgument, "A session needs a title."), (e.Code, e.Message));
    }
}
