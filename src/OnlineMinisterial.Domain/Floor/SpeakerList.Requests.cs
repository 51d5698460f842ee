using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Floor;

public sealed partial class SpeakerList
{
    /// <summary>
    /// A delegate asks for the floor. While the delegation has an open (waiting or speaking) request of that kind,
    /// asking again returns that request unchanged, whatever the other arguments: a double click or a retried
    /// message must not queue the delegation twice. On a closed list only a point of order gets in, because it
    /// concerns the conduct of the meeting rather than the debate.
    /// </summary>
    public FloorRequest Request(Guid requestId, Guid delegationId, RequestKind kind, DateTimeOffset now,
        string? personId = null, bool onBehalfOfGroup = false, FloorLanguage? language = null)
    {
        if (OpenRequestOf(delegationId, kind) is { } open) return open;
        Guard.That(!IsClosed || kind == RequestKind.PointOfOrder, FloorErrors.ListClosed,
            "The list of speakers is closed; only a point of order can be raised.");
        return Enqueue(requestId, delegationId, kind, now, personId, onBehalfOfGroup, language);
    }

    /// <summary>The chair puts a delegation on the list, closed or not; an open request of that kind is returned unchanged.</summary>
    public FloorRequest Add(Guid requestId, Guid delegationId, RequestKind kind, DateTimeOffset now, bool onBehalfOfGroup = false) =>
        OpenRequestOf(delegationId, kind) ?? Enqueue(requestId, delegationId, kind, now, null, onBehalfOfGroup);

    /// <summary>A delegation takes back its own request before it is given the floor.</summary>
    public void Withdraw(Guid requestId, Guid delegationId)
    {
        var request = Find(requestId);
        Guard.That(request.DelegationId == delegationId, ErrorCodes.NotYourDelegation, "That request belongs to another delegation.");
        Guard.That(request.State == RequestState.Waiting, FloorErrors.NotWaiting, $"That request is {request.State}, not waiting.");
        request.Withdraw();
        Version++;
    }

    /// <summary>The chair strikes a waiting request; a running speech is ended instead, so it stays in the history.</summary>
    public void Remove(Guid requestId)
    {
        var request = FindWaiting(requestId);
        var group = WaitingOf(request.Kind);
        // The request keeps its index in its group as its position, so Restore puts it back there.
        request.PlaceAt(group.IndexOf(request));
        request.Remove();
        group.Remove(request);
        Renumber(group);
        Version++;
    }

    /// <summary>
    /// Undoes <see cref="Remove"/>: the request waits again at the index it had in its kind's group (the group's end
    /// if the group has shrunk below it since). Refused when the delegation has meanwhile asked again for that kind, since one
    /// delegation holds one open request per kind.
    /// </summary>
    public FloorRequest Restore(Guid requestId)
    {
        var request = Find(requestId);
        Guard.That(request.State == RequestState.Removed, FloorErrors.NotRemoved, $"That request is {request.State}, not removed.");
        Guard.That(OpenRequestOf(request.DelegationId, request.Kind) is null, FloorErrors.AlreadyOnList,
            "That delegation is on the list again with a request of that kind.");
        var group = WaitingOf(request.Kind);
        request.Restore();
        group.Insert(Math.Min(request.Position, group.Count), request);
        Renumber(group);
        Version++;
        return request;
    }

    /// <summary>
    /// Puts the delegation that spoke last (the latest finished speech) first among the waiting statements, for
    /// example after it was cut off. It always comes back as a statement, even after a point of order or a reply;
    /// points of order still go ahead of it. The chair may do this on a closed list. If the delegation already
    /// waits with a statement, that request moves up instead (<paramref name="requestId"/> is then unused); if it
    /// is speaking a statement right now, nothing changes.
    /// </summary>
    public FloorRequest ReAddLastSpeaker(Guid requestId, DateTimeOffset now)
    {
        var last = _speeches
            .Where(s => !s.IsRunning)
            .OrderBy(s => s.EndedAt).ThenBy(s => s.StartedAt)
            .LastOrDefault()
            ?? throw new DomainException(FloorErrors.NoLastSpeaker, "Nobody has finished speaking yet.");

        var statements = WaitingOf(RequestKind.Statement);
        var request = OpenRequestOf(last.DelegationId, RequestKind.Statement);
        if (request is null)
        {
            var previous = Find(last.RequestId);
            var groupStatement = previous is { Kind: RequestKind.Statement, OnBehalfOfGroup: true };
            var language = previous.Language is { } spoken ? new FloorLanguage(spoken, previous.InterpretedInto) : null;
            request = NewRequest(requestId, last.DelegationId, RequestKind.Statement, now, last.PersonId, groupStatement, language);
            _requests.Add(request);
        }
        else if (request.State == RequestState.Speaking || statements[0] == request)
        {
            return request;
        }
        else
        {
            statements.Remove(request);
        }

        statements.Insert(0, request);
        Renumber(statements);
        Version++;
        return request;
    }

    private FloorRequest Enqueue(Guid requestId, Guid delegationId, RequestKind kind, DateTimeOffset now,
        string? personId, bool onBehalfOfGroup, FloorLanguage? language = null)
    {
        var request = NewRequest(requestId, delegationId, kind, now, personId, onBehalfOfGroup, language);
        _requests.Add(request);
        Version++;
        return request;
    }

    private FloorRequest NewRequest(Guid requestId, Guid delegationId, RequestKind kind, DateTimeOffset now,
        string? personId, bool onBehalfOfGroup, FloorLanguage? language = null)
    {
        Guard.That(!onBehalfOfGroup || kind == RequestKind.Statement, FloorErrors.GroupRequiresStatement,
            "Only a statement can be made on behalf of a group.");
        Guard.That(_requests.TrueForAll(r => r.Id != requestId), FloorErrors.DuplicateRequestId, "That request id is already used.");
        return FloorRequest.Create(requestId, delegationId, kind, onBehalfOfGroup, now, NextPosition(kind), personId, language);
    }
}
