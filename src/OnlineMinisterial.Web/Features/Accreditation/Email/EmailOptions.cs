using System.ComponentModel.DataAnnotations;

namespace OnlineMinisterial.Web.Features.Accreditation.Email;

/// <summary>
/// Bound from <c>Email</c>. With no <see cref="SmtpHost"/>, messages are written to <see cref="OutboxFolder"/> under the
/// data folder and listed on the secretariat's outbox page, so the app works end to end without a mail server.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    /// <summary>Auto (STARTTLS when the server offers it), None, StartTls or SslOnConnect.</summary>
    public string Security { get; set; } = "Auto";

    public string? Username { get; set; }
    public string? Password { get; set; }

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "secretariat@onlineministerial.example";

    [Required]
    public string FromName { get; set; } = "Conference Secretariat";

    /// <summary>Where the embedded outbox keeps messages (relative to the data folder).</summary>
    [Required]
    public string OutboxFolder { get; set; } = "outbox";

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(SmtpHost);
}
