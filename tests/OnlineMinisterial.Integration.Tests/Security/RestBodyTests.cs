using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>
/// Every REST endpoint that reads a JSON body, found from the host's endpoints (so a new one is covered without
/// editing a list), answers an unreadable body with 400 request.invalid_argument and changes nothing.
/// </summary>
public sealed partial class RestBodyTests : HostPerTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimits:CredentialsPerMinute"] = "10000" };

    [Fact]
    public async Task UnreadableJson_OnEveryEndpointThatReadsJson_IsInvalidArgument_AndChangesNothing()
    {
        var endpoints = JsonEndpoints();
        Assert.True(endpoints.Count > 20, $"only {endpoints.Count} endpoints read JSON");
        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);
        var token = (await secretariat.GetAsync<JsonElement>("/api/auth/antiforgery")).GetProperty("token").GetString();
        var before = await Host.WithDbAsync(db => Task.FromResult((db.AuditEntries.Count(), db.Users.Count())));
        var wrong = new List<string>();
        foreach (var (method, path) in endpoints)
        {
            foreach (var body in new[] { "{not json", "[1,2]" })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Add("X-XSRF-TOKEN", token);
                var response = await secretariat.Http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                var code = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true && text.Length > 0
                    ? JsonDocument.Parse(text).RootElement.TryGetProperty("code", out var c) ? c.GetString() : null : null;
                if (response.StatusCode != HttpStatusCode.BadRequest || code != ErrorCodes.InvalidArgument)
                    wrong.Add($"{method} {path} with {body}: {(int)response.StatusCode} {code ?? text}");
            }
        }
        Assert.Empty(wrong);
        Assert.Equal(before, await Host.WithDbAsync(db => Task.FromResult((db.AuditEntries.Count(), db.Users.Count()))));
    }

    private List<(string Method, string Path)> JsonEndpoints() => Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts && accepts.ContentTypes.Any(t => t.Contains("json", StringComparison.Ordinal)))
        .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, Concrete(e.RoutePattern.RawText ?? ""))))
        .Distinct().OrderBy(e => e.Item2, StringComparer.Ordinal).ToList();

    // A route's parameters filled with a value of their type that names nothing ("{sessionId:guid}" -> a new id).
    private static string Concrete(string pattern) =>
        "/" + Parameter().Replace(pattern, m => m.Groups[2].Value switch { ":int" => "1", _ => Guid.NewGuid().ToString() }).TrimStart('/');

    [GeneratedRegex(@"\{(\w+)(:\w+)?\??\}")]
    private static partial Regex Parameter();
}
