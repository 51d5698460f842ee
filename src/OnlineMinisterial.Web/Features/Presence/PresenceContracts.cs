namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>Sent to everyone in the conference when a person arrives or leaves.</summary>
public sealed record PresenceChanged(
    long Version,
    string PersonId,
    string DisplayName,
    Guid? DelegationId,
    bool PersonPresent,
    bool DelegationPresent,
    int DelegationPresentCount);

public sealed record PresenceSnapshot(
    long Version,
    DateTimeOffset ServerTime,
    IReadOnlyList<DelegationPresence> Delegations,
    IReadOnlyList<PresentPerson> People);

public sealed record DelegationPresence(Guid DelegationId, bool Present, int PresentCount);

public sealed record PresentPerson(string PersonId, string DisplayName, Guid? DelegationId);
