using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace OnlineMinisterial.Web.Features.Accreditation.Email;

/// <summary>Delivers over SMTP with MailKit, one connection per message (messages are few: invitations and resets).</summary>
internal sealed class SmtpMailer(IOptions<EmailOptions> options) : IMailer
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var o = options.Value;
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(o.Security, ignoreCase: true, out var s) ? s : SecureSocketOptions.Auto;
        await client.ConnectAsync(o.SmtpHost!, o.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(o.Username)) await client.AuthenticateAsync(o.Username, o.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
