namespace OnlineMinisterial.Web.Infrastructure.Errors;

public static class ErrorsSetup
{
    public static IHostApplicationBuilder AddErrorHandling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DomainErrorHandler>();
        return builder;
    }
}
