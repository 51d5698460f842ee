using System.ComponentModel.DataAnnotations;
using OnlineMinisterial.Domain.Panels;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>Live panels' limits, from the "Panels" configuration section.</summary>
public sealed class PanelOptions
{
    public const string Section = "Panels";

    [Range(1, QuestionConfiguration.MaxTextLength)]
    public int QuestionMaxLength { get; set; } = QuestionLimits.Default.MaxLength;

    /// <summary>How many questions one person may ask within <see cref="QuestionWindowSeconds"/>.</summary>
    [Range(1, 1000)]
    public int QuestionsPerWindow { get; set; } = QuestionLimits.Default.PerWindow;

    [Range(1, 86_400)]
    public int QuestionWindowSeconds { get; set; } = (int)QuestionLimits.Default.Window.TotalSeconds;

    /// <summary>A panelist's turn at the floor; panels talk longer than plenary statements.</summary>
    [Range(10, 86_400)]
    public int PanelistSpeakingSeconds { get; set; } = 300;

    public QuestionLimits QuestionLimits => new(QuestionMaxLength, QuestionsPerWindow, TimeSpan.FromSeconds(QuestionWindowSeconds));
}
