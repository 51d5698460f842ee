using OnlineMinisterial.Domain.Scheduling;

namespace OnlineMinisterial.Web.Features.Scheduling;

/// <summary>Names for the Hangfire dashboard, so the secretariat sees which session and transition a job is.</summary>
public static class TransitionLabels
{
    public static string For(TransitionKind kind, string subject) => kind switch
    {
        TransitionKind.OpenSession => $"Open session «{subject}»",
        TransitionKind.Reminder => $"Remind everyone: «{subject}» starts soon",
        TransitionKind.EndWarning => $"Tell the chair time is up: «{subject}»",
        TransitionKind.ClosePoll => $"Close poll «{subject}»",
        TransitionKind.EndSilence => $"End silence procedure «{subject}»",
        _ => $"{kind} «{subject}»",
    };
}
