using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.E2E;

internal static class Polls
{
    /// <summary>Opens the poll once the browsers' presence has reached the quorum count (presence is flushed in batches).</summary>
    public static async Task<PollView> OpenWhenQuorateAsync(HubConnection hub, Guid pollId)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await hub.InvokeAsync<PollView>("OpenPoll", pollId);
            }
            catch (HubException) when (attempt < 40)
            {
                await Task.Delay(250);
            }
        }
    }
}
