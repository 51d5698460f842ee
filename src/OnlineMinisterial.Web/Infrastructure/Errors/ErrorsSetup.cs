namespace OnlineMinisterial.Web.Infrastructure.Errors;

public static class ErrorsSetup
{
    public static IHostApplicationBuilder AddErrorHandling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DomainErrorHandler>();
        // A body or parameter that cannot be read is thrown to DomainErrorHandler in every environment, so it is
        // answered with request.invalid_argument (Production would otherwise write a bare 400 without a code).
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // SignalR logs every exception of a hub method as an Error with its stack trace, refusals included: any
        // signed-in user could flood the log. DomainErrorHubFilter logs each call's outcome at the right level.
        builder.Logging.AddFilter("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.Critical);
        return builder;
    }
}
