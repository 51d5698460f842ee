using OnlineMinisterial.Web.Features.Lifecycle;

namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>
/// The session's lifecycle from the chair's console: each carries the session's version the console showed
/// (<c>version.conflict</c> otherwise) and is answered with the session's state; everyone gets <c>SessionStateChanged</c>.
/// </summary>
public sealed partial class FloorHub
{
    public Task<SessionStateView> OpenSessionNow(Guid sessionId, int expectedVersion, LifecycleService lifecycle) =>
        lifecycle.OpenNowAsync(Context.User!, sessionId, expectedVersion, Context.ConnectionAborted);

    public Task<SessionStateView> SuspendSession(Guid sessionId, int expectedVersion, LifecycleService lifecycle) =>
        lifecycle.SuspendAsync(Context.User!, sessionId, expectedVersion, Context.ConnectionAborted);

    public Task<SessionStateView> ResumeSession(Guid sessionId, int expectedVersion, LifecycleService lifecycle) =>
        lifecycle.ResumeAsync(Context.User!, sessionId, expectedVersion, Context.ConnectionAborted);

    public Task<SessionStateView> AdjournSession(Guid sessionId, DateTimeOffset resumeAt, int expectedVersion, LifecycleService lifecycle) =>
        lifecycle.AdjournAsync(Context.User!, sessionId, resumeAt, expectedVersion, Context.ConnectionAborted);

    /// <summary>Refused mid-speech with <c>session.speech_running</c> unless <paramref name="endSpeech"/>: then the speech is ended and recorded first.</summary>
    public Task<SessionStateView> CloseSession(Guid sessionId, bool endSpeech, int expectedVersion, LifecycleService lifecycle) =>
        lifecycle.CloseAsync(Context.User!, sessionId, endSpeech, expectedVersion, Context.ConnectionAborted);

    /// <summary>The session's state and times now (for a screen that saw a gap, or the hall screen).</summary>
    public Task<SessionStateView> GetSessionState(Guid sessionId, LifecycleReader reader) =>
        reader.StateAsync(sessionId, Context.ConnectionAborted);
}
