namespace OnlineMinisterial.Domain.Floor;

/// <summary>
/// A delegation's request for the floor. Finished requests stay in the list (Done, Withdrawn, Removed)
/// so the session keeps its history; only waiting ones are ordered.
/// </summary>
public sealed class FloorRequest
{
    private FloorRequest() { }

    public Guid Id { get; private set; }
    public Guid DelegationId { get; private set; }
    public RequestKind Kind { get; private set; }
    public bool OnBehalfOfGroup { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>
    /// Sort key inside the request's kind group. Stored rather than derived from <see cref="RequestedAt"/>
    /// because the chair reorders; only the relative order of waiting requests means anything.
    /// </summary>
    public int Position { get; private set; }

    public RequestState State { get; private set; }

    /// <summary>The person who asked, when a delegate did; null when the chair added the delegation.</summary>
    public string? PersonId { get; private set; }

    /// <summary>The language the delegation said it will speak (ISO 639-1); null when the chair added it.</summary>
    public string? Language { get; private set; }

    /// <summary>The official language a speech in another language is interpreted into; null for an official one.</summary>
    public string? InterpretedInto { get; private set; }

    public bool IsOpen => State is RequestState.Waiting or RequestState.Speaking;

    internal static FloorRequest Create(Guid id, Guid delegationId, RequestKind kind, bool onBehalfOfGroup,
        DateTimeOffset requestedAt, int position, string? personId, FloorLanguage? language = null) => new()
        {
            Id = id,
            DelegationId = delegationId,
            Kind = kind,
            OnBehalfOfGroup = onBehalfOfGroup,
            RequestedAt = requestedAt,
            Position = position,
            State = RequestState.Waiting,
            PersonId = personId,
            Language = language?.Spoken,
            InterpretedInto = language?.InterpretedInto,
        };

    internal void PlaceAt(int position) => Position = position;

    internal void StartSpeaking() => State = RequestState.Speaking;

    internal void Finish() => State = RequestState.Done;

    internal void Withdraw() => State = RequestState.Withdrawn;

    internal void Remove() => State = RequestState.Removed;

    internal void Restore() => State = RequestState.Waiting;
}
