using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Web.Features.Accreditation.Email;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>Issues an invitation link for an account and queues its message (sent after the commit).</summary>
public sealed class Invitations(AccessLinks links, Letters letters, PublicAddress address)
{
    public async Task QueueAsync(Person person, string language, string conferenceTitle, CancellationToken ct)
    {
        var path = await links.IssueAsync(AccessLinkPurpose.Invitation, person.Id, ct);
        letters.Invitation(person.Email!, person.DisplayName, language, conferenceTitle, address.Of(path));
    }
}
