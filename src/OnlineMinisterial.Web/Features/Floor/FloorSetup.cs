namespace OnlineMinisterial.Web.Features.Floor;

public static class FloorSetup
{
    public static IHostApplicationBuilder AddFloor(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<FloorService>();
        builder.Services.AddScoped<FloorReader>();
        builder.Services.AddSingleton<FloorSnapshotCache>();
        return builder;
    }
}
