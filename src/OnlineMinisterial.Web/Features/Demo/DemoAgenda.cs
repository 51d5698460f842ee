using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Demo;

/// <summary>The agenda of the seed story, laid out from the moment the demo is first started.</summary>
internal static class DemoAgenda
{
    public sealed record Item(string Title, SessionKind Kind, TimeSpan Start, TimeSpan Length, bool Moderated);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("Opening remarks by the Chair", SessionKind.Plenary, TimeSpan.Zero, TimeSpan.FromMinutes(45), false),
        new("Welcoming statements by ministers", SessionKind.Plenary, TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(90), false),
        new("Panel I: Emerging synthetic drug threats and trends", SessionKind.Panel, TimeSpan.FromMinutes(135), TimeSpan.FromMinutes(45), true),
        new("Panel II: Disrupting illicit supply chains and protecting public health", SessionKind.Panel, TimeSpan.FromMinutes(180), TimeSpan.FromMinutes(45), true),
        new("Adoption of the Declaration", SessionKind.Plenary, TimeSpan.FromMinutes(225), TimeSpan.FromMinutes(30), false),
    ];

    /// <summary>The opening starts at the last quarter hour, so it is under way when a visitor first looks.</summary>
    public static DateTimeOffset FirstStart(DateTimeOffset now) =>
        new(now.Year, now.Month, now.Day, now.Hour, now.Minute / 15 * 15, 0, TimeSpan.Zero);
}
