using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Panels;

internal static class Refused
{
    /// <summary>Runs a hub call that must be refused and returns the error's code and message.</summary>
    public static async Task<(string? Code, string Message)> ByAsync(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<HubException>(call);
        return (HubErrors.CodeOf(error), error.Message);
    }
}
