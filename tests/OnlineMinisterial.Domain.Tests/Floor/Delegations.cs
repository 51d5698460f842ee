namespace OnlineMinisterial.Domain.Tests.Floor;

/// <summary>Named delegation ids, so a failing order reads as countries rather than Guids.</summary>
internal static class Delegations
{
    public static readonly Guid Kenya = new("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid Norway = new("00000000-0000-0000-0000-0000000000a2");
    public static readonly Guid Chile = new("00000000-0000-0000-0000-0000000000a3");
    public static readonly Guid Japan = new("00000000-0000-0000-0000-0000000000a4");
    public static readonly Guid Egypt = new("00000000-0000-0000-0000-0000000000a5");
}
