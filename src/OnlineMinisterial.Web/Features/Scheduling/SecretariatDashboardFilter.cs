using Hangfire.Dashboard;

namespace OnlineMinisterial.Web.Features.Scheduling;

/// <summary>
/// Hangfire checks its own filters after the endpoint's authorization policy; this one repeats the role check so the
/// dashboard stays closed even if it is mapped without the policy.
/// </summary>
internal sealed class SecretariatDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User.IsInRole(Auth.Roles.Secretariat);
}
