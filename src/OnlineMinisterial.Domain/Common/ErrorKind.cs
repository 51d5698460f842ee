namespace OnlineMinisterial.Domain.Common;

public enum ErrorKind
{
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
    Unauthenticated,
    TooManyRequests,
}

internal static class ErrorKinds
{
    // The code's last segment says the kind, so one table classifies every feature's codes.
    public static ErrorKind Of(string code)
    {
        if (code.EndsWith("not_found", StringComparison.Ordinal)) return ErrorKind.NotFound;
        if (code.EndsWith("conflict", StringComparison.Ordinal)) return ErrorKind.Conflict;
        if (code is ErrorCodes.Unauthenticated or ErrorCodes.SessionEnded) return ErrorKind.Unauthenticated;
        if (code == ErrorCodes.CannotDeactivateSelf) return ErrorKind.Conflict;
        if (code.StartsWith("auth.", StringComparison.Ordinal) || code.EndsWith("forbidden", StringComparison.Ordinal)) return ErrorKind.Forbidden;
        if (code.EndsWith("rate_limited", StringComparison.Ordinal)) return ErrorKind.TooManyRequests;
        return ErrorKind.Invalid;
    }
}
