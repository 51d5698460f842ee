namespace OnlineMinisterial.Domain.Conference;

/// <summary>A ministerial conference: the frame around delegations, sessions and the declaration.</summary>
public sealed class Conference
{
    private Conference() { }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>IANA time zone of the host; times are stored in UTC and shown in this zone beside the viewer's.</summary>
    public string HostTimeZone { get; private set; } = "UTC";

    public static Conference Create(Guid id, string title, string hostTimeZone)
    {
        Common.Guard.That(!string.IsNullOrWhiteSpace(title), Common.ErrorCodes.InvalidArgument, "A conference needs a title.");
        Common.TextLimits.Check(title.Trim(), Common.TextLimits.ConferenceTitle, "conference title");
        Common.Guard.That(!string.IsNullOrWhiteSpace(hostTimeZone), Common.ErrorCodes.InvalidArgument, "A conference needs the host's time zone.");
        return new Conference { Id = id, Title = title.Trim(), HostTimeZone = hostTimeZone };
    }
}
