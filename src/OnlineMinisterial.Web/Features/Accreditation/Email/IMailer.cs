using MimeKit;

namespace OnlineMinisterial.Web.Features.Accreditation.Email;

/// <summary>Sends a message: over SMTP when configured, else into the outbox folder.</summary>
public interface IMailer
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
