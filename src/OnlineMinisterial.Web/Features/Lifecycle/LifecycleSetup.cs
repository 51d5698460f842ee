using OnlineMinisterial.Web.Features.Record;
using OnlineMinisterial.Web.Features.Scheduling;

namespace OnlineMinisterial.Web.Features.Lifecycle;

public static class LifecycleSetup
{
    /// <summary>Open early, suspend, adjourn, resume and close; the record of proceedings built at the close.</summary>
    public static IHostApplicationBuilder AddLifecycle(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<LifecycleService>();
        builder.Services.AddScoped<LifecycleReader>();
        builder.Services.AddScoped<LifecycleBroadcaster>();
        builder.Services.AddScoped<RecordBuilder>();
        builder.Services.AddScoped<RecordService>();
        builder.Services.AddScoped<CorrectionService>();
        builder.Services.AddOptions<RecordOptions>().BindConfiguration(RecordOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<ITransitionHandler, ResumeSessionHandler>();
        builder.Services.AddScoped<ITransitionHandler, AutoCloseHandler>();
        return builder;
    }
}
