using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

internal static class VoteCasts
{
    /// <summary>Every version the events tell, in the order they arrived (one event may tell several).</summary>
    public static IEnumerable<int> Versions(IEnumerable<VoteCast> events) =>
        events.SelectMany(e => Enumerable.Range(e.FromVersion, e.Version - e.FromVersion + 1));
}
