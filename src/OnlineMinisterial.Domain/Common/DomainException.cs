namespace OnlineMinisterial.Domain.Common;

/// <summary>
/// The one exception type for a broken rule. <see cref="Code"/> is stable and travels to clients
/// (hub errors and ProblemDetails); the message is for people.
/// </summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>How the host should classify the error (HTTP status, hub error kind).</summary>
    public ErrorKind Kind { get; init; } = ErrorKinds.Of(code);
}
