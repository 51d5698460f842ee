using OnlineMinisterial.Web.Features.Scheduling;

namespace OnlineMinisterial.Web.Features.Agenda;

public static class AgendaSetup
{
    /// <summary>The secretariat's agenda editor and the session transitions (open, remind, warn at the end).</summary>
    public static IHostApplicationBuilder AddAgenda(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<AgendaRules>();
        builder.Services.AddScoped<AgendaService>();
        builder.Services.AddScoped<AgendaWarnings>();
        builder.Services.AddScoped<ITransitionHandler, OpenSessionHandler>();
        builder.Services.AddScoped<ITransitionHandler, ReminderHandler>();
        builder.Services.AddScoped<ITransitionHandler, EndWarningHandler>();
        return builder;
    }
}
