using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Panels;

/// <summary>A person on a panel's stage: a delegate, or a guest invited to this panel.</summary>
public sealed class Panelist
{
    private Panelist() { }

    public string PersonId { get; private set; } = "";
    public PanelistKind Kind { get; private set; }

    /// <summary>The delegate's delegation; null for a guest.</summary>
    public Guid? DelegationId { get; private set; }

    /// <summary>The guest's invitation (<see cref="PanelGuest.Id"/>); null for a delegate.</summary>
    public Guid? GuestId { get; private set; }

    public DateTimeOffset OnStageSince { get; private set; }

    /// <summary>
    /// Who holds the floor when this panelist speaks. The list of speakers is kept per delegation; a guest has none,
    /// so their invitation stands in for it and the speech history still tells guests apart.
    /// </summary>
    public Guid SpeakerId => DelegationId ?? GuestId!.Value;

    public static Panelist Delegate(string personId, Guid delegationId) => New(personId, PanelistKind.Delegate, delegationId, null);

    public static Panelist Guest(PanelGuest guest)
    {
        ArgumentNullException.ThrowIfNull(guest);
        return New(guest.PersonId, PanelistKind.Guest, null, guest.Id);
    }

    internal Panelist OnStageAt(DateTimeOffset now)
    {
        OnStageSince = now;
        return this;
    }

    private static Panelist New(string personId, PanelistKind kind, Guid? delegationId, Guid? guestId)
    {
        Guard.That(!string.IsNullOrWhiteSpace(personId), ErrorCodes.InvalidArgument, "A panelist needs a person.");
        return new Panelist { PersonId = personId, Kind = kind, DelegationId = delegationId, GuestId = guestId };
    }
}
