namespace OnlineMinisterial.Domain.Common;

/// <summary>
/// The one exception type for a broken rule. <see cref="Code"/> is stable and travels to clients
/// (hub errors and ProblemDetails); the message is for people, so a refusal without one is a bug.
/// </summary>
public sealed class DomainException(string code, string message) : Exception(Explained(message))
{
    public string Code { get; } = code;

    /// <summary>How the host should classify the error (HTTP status, hub error kind).</summary>
    public ErrorKind Kind { get; init; } = ErrorKinds.Of(code);

    /// <summary>The values the refusal speaks of (a line number, a code), so a client can word it in its language.</summary>
    public IReadOnlyDictionary<string, string>? Values { get; init; }

    private static string Explained(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return message;
    }
}
