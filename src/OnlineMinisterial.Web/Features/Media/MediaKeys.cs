using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OnlineMinisterial.Web.Features.Media;

/// <summary>
/// Everything a room needs, derived from the session's id and <see cref="JanusOptions.RoomSecret"/>: its number, its
/// admin secret and PIN, each feed's number and each person's publisher token. Nothing is stored, so every node (and
/// the same node after a restart) computes the same values, and creating or destroying a room twice is harmless.
/// </summary>
public sealed class MediaKeys(IOptions<MediaOptions> options)
{
    private byte[] Key => Encoding.UTF8.GetBytes(options.Value.Janus.RoomSecret);

    /// <summary>A room number below 2^53, so that browsers read it exactly.</summary>
    public long RoomId(Guid sessionId) => Number($"room:{sessionId:N}");

    /// <summary>The room's admin secret (destroy, allowed, kick, moderate): the host's alone.</summary>
    public string RoomSecret(Guid sessionId) => Text($"secret:{sessionId:N}");

    /// <summary>The room's PIN: given to everyone who may watch the session, needed to join it at all.</summary>
    public string Pin(Guid sessionId) => Text($"pin:{sessionId:N}");

    /// <summary>The person's token for this room; Janus lets it join as a publisher only while the host lists it.</summary>
    public string PublisherToken(Guid sessionId, string personId) => Text($"publish:{sessionId:N}:{personId}");

    /// <summary>Names this deployment's rooms without revealing anything of its secret.</summary>
    public string Deployment => Text("deployment")[..8];

    public long FeedId(Guid sessionId, string feedKey) => Number($"feed:{sessionId:N}:{feedKey}");

    private byte[] Mac(string purpose) => HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(purpose));

    private string Text(string purpose) => Convert.ToBase64String(Mac(purpose), 0, 24).Replace('+', '-').Replace('/', '_');

    private long Number(string purpose) => (long)(BinaryPrimitives.ReadUInt64BigEndian(Mac(purpose)) >> 12) | 1;
}
