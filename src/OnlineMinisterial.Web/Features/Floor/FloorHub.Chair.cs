using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>
/// What the session's chair (or the secretariat) does. Every method carries the version the chair's screen showed:
/// if the list has moved on, nothing happens and the caller gets <c>version.conflict</c>.
/// </summary>
public sealed partial class FloorHub
{
    public Task<FloorSnapshot> GiveFloorToNext(Guid sessionId, int expectedVersion) =>
        floor.GiveFloorToNextAsync(Context.User!, sessionId, expectedVersion, Context.ConnectionAborted);

    public Task<FloorSnapshot> GiveFloorTo(Guid sessionId, Guid requestId, int expectedVersion) =>
        floor.GiveFloorToAsync(Context.User!, sessionId, requestId, expectedVersion, Context.ConnectionAborted);

    public Task<FloorSnapshot> EndSpeech(Guid sessionId, int expectedVersion) =>
        floor.EndSpeechAsync(Context.User!, sessionId, expectedVersion, Context.ConnectionAborted);

    public Task<FloorSnapshot> PauseSpeech(Guid sessionId, int expectedVersion) =>
        floor.PauseSpeechAsync(Context.User!, sessionId, expectedVersion, Context.ConnectionAborted);

    public Task<FloorSnapshot> ResumeSpeech(Guid sessionId, int expectedVersion) =>
        floor.ResumeSpeechAsync(Context.User!, sessionId, expectedVersion, Context.ConnectionAborted);

    public Task<FloorSnapshot> ExtendSpeech(Guid sessionId, int seconds, int expectedVersion) =>
        floor.ExtendSpeechAsync(Context.User!, sessionId, seconds, expectedVersion, Context.ConnectionAborted);

    /// <summary>Moves a waiting request to a 1-based place of the waiting list; it stays inside its kind's group.</summary>
    public Task<FloorSnapshot> MoveRequest(Guid sessionId, Guid requestId, int position, int expectedVersion) =>
        floor.MoveRequestAsync(Context.User!, sessionId, requestId, position, expectedVersion, Context.ConnectionAborted);

    public Task<FloorSnapshot> AddSpeaker(Guid sessionId, Guid delegationId, RequestKind kind, int expectedVersion) =>
        floor.AddSpeakerAsync(Context.User!, sessionId, delegationId, kind, expectedVersion, Context.ConnectionAborted);

    public Task<FloorSnapshot> RemoveRequest(Guid sessionId, Guid requestId, int expectedVersion) =>
        floor.RemoveRequestAsync(Context.User!, sessionId, requestId, expectedVersion, Context.ConnectionAborted);

    /// <summary>Undoes RemoveRequest: the request waits again at its place.</summary>
    public Task<FloorSnapshot> RestoreRequest(Guid sessionId, Guid requestId, int expectedVersion) =>
        floor.RestoreRequestAsync(Context.User!, sessionId, requestId, expectedVersion, Context.ConnectionAborted);

    /// <summary>Opens the list for inscription before the session opens (UN practice).</summary>
    public Task<FloorSnapshot> OpenInscription(Guid sessionId, int expectedVersion) =>
        floor.OpenInscriptionAsync(Context.User!, sessionId, expectedVersion, Context.ConnectionAborted);

    public Task<FloorSnapshot> CloseInscription(Guid sessionId, int expectedVersion) =>
        floor.CloseInscriptionAsync(Context.User!, sessionId, expectedVersion, Context.ConnectionAborted);

    public Task<FloorSnapshot> CloseList(Guid sessionId, int expectedVersion) =>
        floor.CloseListAsync(Context.User!, sessionId, expectedVersion, Context.ConnectionAborted);

    public Task<FloorSnapshot> ReopenList(Guid sessionId, int expectedVersion) =>
        floor.ReopenListAsync(Context.User!, sessionId, expectedVersion, Context.ConnectionAborted);

    public Task<FloorSnapshot> ReAddLastSpeaker(Guid sessionId, int expectedVersion) =>
        floor.ReAddLastSpeakerAsync(Context.User!, sessionId, expectedVersion, Context.ConnectionAborted);

    public Task<FloorSnapshot> ApplyProtocolOrder(Guid sessionId, int expectedVersion) =>
        floor.ApplyProtocolOrderAsync(Context.User!, sessionId, expectedVersion, Context.ConnectionAborted);

    public Task<FloorSnapshot> SetLimits(Guid sessionId, FloorLimitsView limits, int expectedVersion) =>
        floor.SetLimitsAsync(Context.User!, sessionId, limits, expectedVersion, Context.ConnectionAborted);
}
