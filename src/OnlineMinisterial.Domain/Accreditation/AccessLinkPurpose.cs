namespace OnlineMinisterial.Domain.Accreditation;

public enum AccessLinkPurpose
{
    /// <summary>The first run's link: creates the first secretariat account and the conference.</summary>
    Setup,

    /// <summary>An invited person sets their first password.</summary>
    Invitation,

    /// <summary>"Forgot password": a person sets a new password.</summary>
    PasswordReset,
}
