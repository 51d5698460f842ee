using Microsoft.Extensions.Options;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>Turns a link's path into the address people open: the configured public address, else the request's own.</summary>
public sealed class PublicAddress(IHttpContextAccessor http, IOptions<AccreditationOptions> options)
{
    public string Of(string path)
    {
        if (options.Value.PublicUrl is { Length: > 0 } root) return root.TrimEnd('/') + path;
        var request = http.HttpContext?.Request;
        return request is null ? path : $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }
}
