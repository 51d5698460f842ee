using System.Security.Cryptography;
using System.Text;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Accreditation;

/// <summary>
/// A single-use link that expires: setup, invitation or password reset. Only a hash of its token is stored, so
/// a copy of the database opens no account; the token itself travels once, in the link.
/// </summary>
public sealed class AccessLink
{
    private AccessLink() { }

    public Guid Id { get; private set; }
    public AccessLinkPurpose Purpose { get; private set; }
    public string? PersonId { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>Issues a link for <paramref name="token"/> (random, from the caller); <paramref name="lifetime"/> from configuration.</summary>
    public static AccessLink Issue(AccessLinkPurpose purpose, string? personId, string token, DateTimeOffset now, TimeSpan lifetime)
    {
        Guard.That(token.Length >= 32, ErrorCodes.InvalidArgument, "A link token must be long enough not to be guessed.");
        Guard.That(lifetime > TimeSpan.Zero, ErrorCodes.InvalidArgument, "A link must live for some time.");
        Guard.That(purpose == AccessLinkPurpose.Setup || !string.IsNullOrEmpty(personId), ErrorCodes.InvalidArgument, "This link must name its person.");
        return new AccessLink
        {
            Id = Guid.NewGuid(), Purpose = purpose, PersonId = personId, TokenHash = Hash(token),
            CreatedAt = now, ExpiresAt = now + lifetime,
        };
    }

    public bool IsUsable(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;

    /// <summary>Uses the link up: a second use, or a use after it expired, is refused with its own code.</summary>
    public void Redeem(DateTimeOffset now)
    {
        EnsureUsable(now);
        UsedAt = now;
    }

    /// <summary>The checks of <see cref="Redeem"/> without using the link up (its page greets the person first).</summary>
    public void EnsureUsable(DateTimeOffset now)
    {
        Guard.That(UsedAt is null, AccreditationErrors.LinkUsed, "This link has already been used. Ask for a new one.");
        Guard.That(now < ExpiresAt, AccreditationErrors.LinkExpired, "This link has expired. Ask for a new one.");
    }

    /// <summary>A newer link of the same purpose replaces this one: it can no longer be used.</summary>
    public void Revoke(DateTimeOffset now)
    {
        if (UsedAt is null && now < ExpiresAt) ExpiresAt = now;
    }

    public static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")));

    /// <summary>A new random token, URL-safe, 256 bits.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
