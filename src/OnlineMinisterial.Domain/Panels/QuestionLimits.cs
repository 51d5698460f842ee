using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Panels;

/// <summary>How long a question may be and how many one person may ask in a sliding window.</summary>
public sealed record QuestionLimits
{
    public QuestionLimits(int maxLength, int perWindow, TimeSpan window)
    {
        Guard.That(maxLength > 0 && perWindow > 0 && window > TimeSpan.Zero, ErrorCodes.InvalidArgument,
            "Question limits must be greater than zero.");
        MaxLength = maxLength;
        PerWindow = perWindow;
        Window = window;
    }

    /// <summary>500 characters, three questions a minute: enough for a real question, too little to flood the board.</summary>
    public static QuestionLimits Default { get; } = new(500, 3, TimeSpan.FromMinutes(1));

    public int MaxLength { get; }
    public int PerWindow { get; }
    public TimeSpan Window { get; }
}
