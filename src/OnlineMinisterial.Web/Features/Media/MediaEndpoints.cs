using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Media;

namespace OnlineMinisterial.Web.Features.Media;

public static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/sessions/{id:guid}").WithTags("Media")
            .MapGet("/media", GetJoin)
            .WithSummary("How the caller joins the session's audio and video now: Janus address, their token, room, PIN, feeds; a publisher token only while they may publish.");
        return app;
    }

    private static async Task<Ok<MediaJoin>> GetJoin(Guid id, ClaimsPrincipal user, MediaReader reader, MediaKeys keys,
        BrowserTokens tokens, IOptions<MediaOptions> options, CancellationToken ct)
    {
        if (options.Value.Provider != MediaProvider.Janus) return TypedResults.Ok(MediaJoin.None);
        // Everyone signed in may watch every session (as on the floor hub); the fallback policy has checked sign-in.
        var personId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var (session, stage) = await reader.StageAsync(id, ct);
        if (session is null) throw new DomainException(ErrorCodes.SessionNotFound, "There is no such session.");
        if (!stage.RoomOpen)
            throw new DomainException(MediaErrors.RoomClosed, "The session is not open: it has no audio or video now.");

        var feeds = new MediaFeeds(keys.FeedId(id, FeedKey.Chair),
            stage.Publishers.FirstOrDefault(p => p.Role == PublisherRole.Speaker) is { } speaker ? keys.FeedId(id, speaker.Feed) : null,
            [.. stage.Publishers.Where(p => p.Role == PublisherRole.Panelist).Select(p => keys.FeedId(id, p.Feed))]);
        var publish = stage.For(personId) is { } me
            ? new MediaPublish(keys.FeedId(id, me.Feed), keys.PublisherToken(id, personId), me.Role.ToString(), me.Muted)
            : null;
        return TypedResults.Ok(new MediaJoin(nameof(MediaProvider.Janus), options.Value.Janus.BrowserUrl, tokens.JanusToken(),
            keys.RoomId(id), keys.Pin(id), tokens.IceServers(personId), feeds, publish));
    }
}
