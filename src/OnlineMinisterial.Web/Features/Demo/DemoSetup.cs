using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Demo;

public static class DemoSetup
{
    public static IHostApplicationBuilder AddDemoConference(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().Bind(builder.Configuration.GetSection(DemoOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<IStartupDataTask, DemoSeeder>();
        return builder;
    }
}
