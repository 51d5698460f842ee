namespace OnlineMinisterial.Domain.Panels;

/// <summary>A delegate asking a question, with the delegation the audience sees unless they ask anonymously.</summary>
public sealed record Asker(string PersonId, Guid DelegationId);
