using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Infrastructure.Errors;

internal static class ErrorStatus
{
    public static int Of(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest,
    };

    public static string TitleOf(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => "Not found",
        ErrorKind.Conflict => "Conflict",
        ErrorKind.Forbidden => "Not allowed",
        ErrorKind.Unauthenticated => "Sign-in required",
        ErrorKind.TooManyRequests => "Too many requests",
        _ => "Invalid request",
    };
}
