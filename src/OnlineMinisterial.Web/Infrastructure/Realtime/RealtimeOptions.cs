namespace OnlineMinisterial.Web.Infrastructure.Realtime;

public sealed class RealtimeOptions
{
    public const string Section = "Realtime";

    /// <summary>Origins (besides the app's own) whose pages may open hub connections, e.g. <c>https://conference.example.org</c>.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Redis connection string for the SignalR backplane; set it when more than one node runs.</summary>
    public string? Redis { get; set; }
}
