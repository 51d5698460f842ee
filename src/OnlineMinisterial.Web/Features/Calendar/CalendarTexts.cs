using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Calendar;

/// <summary>
/// The words of the calendar file's descriptions in the six languages, the same as the app's own (the browser
/// catalogues' <c>session.kind.*</c>, <c>lobby.chair</c>, <c>lobby.moderator</c>, <c>lobby.videoLink</c>).
/// </summary>
public sealed record CalendarTexts(string Plenary, string Panel, string Chair, string Moderator, string VideoRoom)
{
    private static readonly Dictionary<string, CalendarTexts> All = new()
    {
        ["ar"] = new("جلسة عامة", "حلقة نقاش", "الرئيس", "مدير الحوار", "قاعة الفيديو"),
        ["zh"] = new("全体会议", "小组讨论", "主席", "主持人", "视频会议室"),
        ["en"] = new("Plenary session", "Panel session", "Chair", "Moderator", "Video room"),
        ["fr"] = new("Séance plénière", "Table ronde", "Présidence", "Modération", "Salle vidéo"),
        ["ru"] = new("Пленарное заседание", "Групповая дискуссия", "Председатель", "Модератор", "Видеозал"),
        ["es"] = new("Sesión plenaria", "Mesa redonda", "Presidencia", "Moderación", "Sala de vídeo"),
    };

    /// <summary>The texts of a language, English for any other.</summary>
    public static CalendarTexts For(string? language) => All.GetValueOrDefault(language ?? "") ?? All["en"];

    public string Kind(SessionKind kind) => kind == SessionKind.Panel ? Panel : Plenary;
}
