using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Infrastructure.Errors;

/// <summary>
/// The one place HTTP errors become ProblemDetails with a stable <c>code</c>. Unexpected exceptions are logged
/// and answered with a generic message: internals never reach the client.
/// </summary>
internal sealed class DomainErrorHandler(IProblemDetailsService problems, ILogger<DomainErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title, code, detail) = exception switch
        {
            DomainException d => (ErrorStatus.Of(d.Kind), ErrorStatus.TitleOf(d.Kind), d.Code, d.Message),
            AntiforgeryValidationException => (StatusCodes.Status400BadRequest, "Invalid request", ErrorCodes.AntiforgeryInvalid,
                "The request did not carry a valid anti-forgery token. Reload the page and try again."),
            BadHttpRequestException b => (b.StatusCode, "Invalid request", ErrorCodes.InvalidArgument, "The request could not be read: check its body and parameters."),
            _ => (StatusCodes.Status500InternalServerError, "Unexpected error", ErrorCodes.Unexpected, "Something went wrong on the server. It has been logged."),
        };
        if (status >= 500) logger.LogError(exception, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);
        // A refusal is an ordinary answer (ADR 0022): one line at Information with its code, never a stack trace.
        else logger.LogInformation("Refused {Method} {Path} with {Code}", http.Request.Method, http.Request.Path, code);

        http.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } };
        if (exception is DomainException { Values: { } values }) problem.Extensions["values"] = values;
        if (exception.Data["retryAfterSeconds"] is int seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            problem.Extensions["retryAfterSeconds"] = seconds;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = problem,
        });
    }
}
