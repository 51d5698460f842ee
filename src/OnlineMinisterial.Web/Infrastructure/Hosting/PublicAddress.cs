using Microsoft.Extensions.Options;

namespace OnlineMinisterial.Web.Infrastructure.Hosting;

/// <summary>
/// The address people reach the app at, for links that leave the app (calendar feeds and their events). Behind a
/// proxy the request's Host header is the proxy's view or whatever a client sent, so a deployment sets
/// <c>App:PublicBaseUrl</c>; without it the request's own scheme, host and path base are used.
/// </summary>
public sealed class PublicAddressOptions
{
    public const string Section = "App";

    /// <summary>An absolute http(s) address such as <c>https://ministerial.example.org/</c>; empty means "from the request".</summary>
    public string? PublicBaseUrl { get; set; }
}

public sealed class PublicAddress(IOptions<PublicAddressOptions> options)
{
    /// <summary>The base address, ending with a slash, so relative paths resolve under it.</summary>
    public Uri BaseFor(HttpRequest request)
    {
        if (Parse(options.Value.PublicBaseUrl) is { } configured) return configured;
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
    }

    internal static Uri? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        return Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) ? uri : null;
    }
}

public static class PublicAddressSetup
{
    public static IHostApplicationBuilder AddPublicAddress(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PublicAddressOptions>().Bind(builder.Configuration.GetSection(PublicAddressOptions.Section))
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl)
                    || PublicAddress.Parse(o.PublicBaseUrl) is { Scheme: "http" or "https", Query: "" },
                "App:PublicBaseUrl must be an absolute http or https address without a query, e.g. https://ministerial.example.org/")
            .ValidateOnStart();
        builder.Services.AddSingleton<PublicAddress>();
        return builder;
    }
}
