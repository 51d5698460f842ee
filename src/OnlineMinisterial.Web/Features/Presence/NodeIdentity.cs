namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>This process's identity among the app nodes; new at every start, so a restarted node's old rows are swept.</summary>
public sealed class NodeIdentity
{
    public string Id { get; } = $"{Environment.MachineName}-{Guid.NewGuid():N}";
}
