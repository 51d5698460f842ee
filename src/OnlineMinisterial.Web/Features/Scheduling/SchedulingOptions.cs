using System.ComponentModel.DataAnnotations;

namespace OnlineMinisterial.Web.Features.Scheduling;

public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>
    /// Execute scheduled transitions in this node: a Hangfire server and the precise timer. Every node normally does;
    /// the conditional update that marks a transition done makes each one happen once.
    /// </summary>
    public bool RunServer { get; set; } = true;

    /// <summary>How often Hangfire looks for due delayed jobs; its default of 15 s is too coarse for on-time sessions.</summary>
    [Range(100, 60_000)]
    public int PollingIntervalMilliseconds { get; set; } = 1000;

    [Range(1, 64)]
    public int WorkerCount { get; set; } = 4;

    /// <summary>How long before a session's start everyone registered is reminded; 0 sends no reminders.</summary>
    [Range(0, 1440)]
    public int ReminderMinutes { get; set; } = 15;

    /// <summary>Fire near-term transitions from an in-process timer at their exact time (Hangfire stays the durable backstop).</summary>
    public bool PreciseTimer { get; set; } = true;

    /// <summary>The timer arms transitions due within this many seconds.</summary>
    [Range(5, 3600)]
    public int TimerHorizonSeconds { get; set; } = 60;

    /// <summary>How often the timer reads the database for transitions entering its horizon (changes made on this node arm it at once).</summary>
    [Range(1, 600)]
    public int TimerSweepSeconds { get; set; } = 10;

    /// <summary>How often the reconciler checks that every pending transition has a live Hangfire job (it also runs at start-up).</summary>
    [Range(1, 1440)]
    public int ReconcileMinutes { get; set; } = 5;

    /// <summary>
    /// Close a session this many minutes after its end when no speech is running; null (the default) never closes
    /// one by itself: the chair decides.
    /// </summary>
    [Range(0, 1440)]
    public int? AutoCloseGraceMinutes { get; set; }

    public TimeSpan ReminderLead => TimeSpan.FromMinutes(ReminderMinutes);

    public TimeSpan? AutoCloseGrace => AutoCloseGraceMinutes is { } m ? TimeSpan.FromMinutes(m) : null;
}
