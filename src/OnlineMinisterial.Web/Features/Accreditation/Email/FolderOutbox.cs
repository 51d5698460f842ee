using Microsoft.Extensions.Options;
using MimeKit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Accreditation.Email;

/// <summary>
/// The embedded default: each message is an .eml file in the outbox folder (any mail program opens it), listed
/// newest first on the secretariat's outbox page. With several nodes, point the data folder at shared storage or
/// configure SMTP.
/// </summary>
public sealed class FolderOutbox(IOptions<EmailOptions> email, IOptions<DatabaseOptions> database, IHostEnvironment env, TimeProvider time) : IMailer
{
    public string Folder => Path.Combine(DatabaseSetup.DataFolderPath(database.Value, env.ContentRootPath), email.Value.OutboxFolder);

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{time.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(Folder, name), ct);
    }

    public IReadOnlyList<OutboxMessage> List(int max = 200)
    {
        if (!Directory.Exists(Folder)) return [];
        return Directory.EnumerateFiles(Folder, "*.eml").OrderDescending().Take(max).Select(Read).ToList();
    }

    public OutboxMessage? Find(string id) =>
        IsSafeId(id) && File.Exists(Path.Combine(Folder, id + ".eml")) ? Read(Path.Combine(Folder, id + ".eml")) : null;

    private static OutboxMessage Read(string path)
    {
        using var message = MimeMessage.Load(path);
        return new OutboxMessage(Path.GetFileNameWithoutExtension(path), message.Date,
            string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), message.Subject ?? "", message.TextBody ?? "");
    }

    // Ids are file names we made: digits, letters, T and a hyphen; nothing that could leave the folder.
    private static bool IsSafeId(string id) => id.Length is > 0 and < 80 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}

public sealed record OutboxMessage(string Id, DateTimeOffset Date, string To, string Subject, string Text);
