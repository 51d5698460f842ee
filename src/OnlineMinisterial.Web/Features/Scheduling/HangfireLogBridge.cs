using Hangfire.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace OnlineMinisterial.Web.Features.Scheduling;

/// <summary>
/// Hangfire's log provider is a process-wide static, and its types keep the loggers they take from it in static
/// fields, some made the first time a type is used. Given one host's <see cref="ILoggerFactory"/>, a second host in
/// the same process (tests) would log through the first after it stopped, and a type first used then fails to
/// initialise for the rest of the process ("Cannot access a disposed object: LoggerFactory"), so that a job's
/// delete or reschedule fails. This provider's loggers are bound to no factory: each entry goes to the newest host
/// still running, or nowhere when none is.
/// </summary>
public sealed class HangfireLogBridge : ILogProvider
{
    public static readonly HangfireLogBridge Instance = new();

    private readonly Lock gate = new();
    private readonly List<ILoggerFactory> live = [];

    private HangfireLogBridge() { }

    /// <summary>The factory entries go to while it is the newest attached; detached when the result is disposed.</summary>
    public IDisposable Attach(ILoggerFactory factory)
    {
        lock (gate) live.Add(factory);
        return new Attachment(this, factory);
    }

    internal ILoggerFactory? Current
    {
        get { lock (gate) return live.Count == 0 ? null : live[^1]; }
    }

    public ILog GetLogger(string name) => new BridgedLog(this, name);

    private void Detach(ILoggerFactory factory)
    {
        lock (gate) live.Remove(factory);
    }

    private sealed class Attachment(HangfireLogBridge bridge, ILoggerFactory factory) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) bridge.Detach(factory);
        }
    }

    private sealed class BridgedLog(HangfireLogBridge bridge, string name) : ILog
    {
        private Binding? bound; // replaced whole, never torn: a reader sees one host's factory with its logger

        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var logger = LoggerOfCurrentHost();
            if (logger is null) return false;
            var level = ToMicrosoft(logLevel);
            if (messageFunc is null) return logger.IsEnabled(level);
            if (!logger.IsEnabled(level)) return false;
            logger.Log(level, 0, exception, "{Message}", messageFunc());
            return true;
        }

        private ILogger? LoggerOfCurrentHost()
        {
            var current = bridge.Current;
            if (current is null) return null;
            var seen = Volatile.Read(ref bound);
            if (seen is not null && ReferenceEquals(seen.Factory, current)) return seen.Logger;
            try
            {
                var logger = current.CreateLogger(name);
                Volatile.Write(ref bound, new Binding(current, logger));
                return logger;
            }
            catch (ObjectDisposedException)
            {
                return null; // the host is stopping between its last entry and its detach
            }
        }

        private sealed record Binding(ILoggerFactory Factory, ILogger Logger);

        private static LogLevel ToMicrosoft(HangfireLevel level) => level switch
        {
            HangfireLevel.Trace => LogLevel.Trace,
            HangfireLevel.Debug => LogLevel.Debug,
            HangfireLevel.Info => LogLevel.Information,
            HangfireLevel.Warn => LogLevel.Warning,
            HangfireLevel.Error => LogLevel.Error,
            _ => LogLevel.Critical,
        };
    }
}

/// <summary>Attaches this host's logging to <see cref="HangfireLogBridge"/> while the host's services live.</summary>
public sealed class HangfireLogAttachment(ILoggerFactory factory) : IDisposable
{
    private readonly IDisposable attachment = HangfireLogBridge.Instance.Attach(factory);

    public void Dispose() => attachment.Dispose();
}
