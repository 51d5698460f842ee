using System.Reflection;
using System.Text.RegularExpressions;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Domain.Tests.Floor;

public partial class FloorErrorsTests
{
    public static TheoryData<string> Codes() => new(AllCodes());

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_IsLowerCaseDottedUnderFloor(string code) =>
        Assert.Matches(CodePattern(), code);

    [Fact]
    public void Codes_AreDistinct()
    {
        var codes = AllCodes().ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void RequestNotFound_IsClassifiedAsNotFound_AndOthersAsInvalid()
    {
        Assert.Equal(ErrorKind.NotFound, new DomainException(FloorErrors.RequestNotFound, "Refused.").Kind);
        Assert.Equal(ErrorKind.Invalid, new DomainException(FloorErrors.ListClosed, "Refused.").Kind);
        Assert.Equal(ErrorKind.Invalid, new DomainException(FloorErrors.PositionOutOfRange, "Refused.").Kind);
    }

    private static IEnumerable<string> AllCodes() =>
        typeof(FloorErrors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!);

    [GeneratedRegex("^floor\\.[a-z]+(_[a-z]+)*$")]
    private static partial Regex CodePattern();
}
