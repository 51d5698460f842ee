using Microsoft.Extensions.Options;
using MimeKit;

namespace OnlineMinisterial.Web.Features.Accreditation.Email;

/// <summary>
/// Writes the app's messages (invitation, password reset, rejection) in the recipient's language and sends them
/// after the command's commit. A failed delivery is logged without its stack trace and does not undo the command:
/// the secretariat can send the invitation again.
/// </summary>
public sealed class Letters(IMailer mailer, IOptions<EmailOptions> options, IOptions<AccreditationOptions> accreditation, ILogger<Letters> logger)
{
    private readonly List<MimeMessage> _queued = [];

    public void Invitation(string email, string name, string language, string conference, string link) =>
        Queue(email, name, language, t => t.InvitationSubject, t => t.InvitationBody, conference, link, null);

    public void PasswordReset(string email, string name, string language, string conference, string link) =>
        Queue(email, name, language, t => t.ResetSubject, t => t.ResetBody, conference, link, null);

    public void Rejection(string email, string name, string language, string conference, string reason) =>
        Queue(email, name, language, t => t.RejectedSubject, t => t.RejectedBody, conference, null, reason);

    /// <summary>Sends what the command queued; call it after the commit.</summary>
    public async Task SendAsync(CancellationToken ct)
    {
        var batch = _queued.ToList();
        _queued.Clear();
        foreach (var message in batch)
        {
            try
            {
                await mailer.SendAsync(message, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Could not send \"{Subject}\" to {To}: {Error}", message.Subject, message.To, e.Message);
            }
        }
    }

    private void Queue(string email, string name, string language, Func<MailTexts, string> subject, Func<MailTexts, string> body,
        string conference, string? link, string? reason)
    {
        var texts = MailTexts.For(language);
        var a = accreditation.Value;
        var values = new Dictionary<string, string>
        {
            ["name"] = name, ["conference"] = conference, ["link"] = link ?? "", ["reason"] = reason ?? "",
            ["hours"] = a.InvitationLifetime.TotalHours.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture),
            ["minutes"] = a.ResetLifetime.TotalMinutes.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
        };
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.FromAddress));
        message.To.Add(new MailboxAddress(name, email));
        message.Subject = MailTexts.Fill(subject(texts), values);
        message.Headers.Add(HeaderId.ContentLanguage, language);
        message.Body = new TextPart("plain") { Text = MailTexts.Fill(body(texts), values) + "\n\n" + texts.Closing + "\n" };
        _queued.Add(message);
    }
}
