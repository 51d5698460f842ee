namespace OnlineMinisterial.Domain.Conference;

/// <summary>A person as a member of a delegation, as far as the seat rules need to know them.</summary>
public sealed record Member(string PersonId, Guid DelegationId, SeatRole Role);
