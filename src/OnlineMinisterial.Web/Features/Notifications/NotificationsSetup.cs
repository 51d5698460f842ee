namespace OnlineMinisterial.Web.Features.Notifications;

public static class NotificationsSetup
{
    public static IHostApplicationBuilder AddNotifications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<NotificationService>();
        return builder;
    }
}
