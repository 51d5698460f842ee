using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Accreditation;

/// <summary>Steps of a secretariat's first hour on an empty database, shared by the flow tests.</summary>
internal static partial class FreshConference
{
    public const string Password = "Strong-Passw0rd!";

    private static readonly string[] Languages = ["en", "fr", "ru"];

    public static Dictionary<string, string?> Settings(bool smtp = true)
    {
        var settings = smtp ? TestSmtp.Settings() : new Dictionary<string, string?>();
        settings["Demo:Seed"] = "false";
        return settings;
    }

    /// <summary>The setup link the app printed in its log at start.</summary>
    public static async Task<string> SetupTokenAsync(AppHost host)
    {
        _ = host.Services; // starts the host
        for (var i = 0; i < 100; i++)
        {
            var line = host.Logs.Lines.FirstOrDefault(l => l.Contains("SetupLink=", StringComparison.Ordinal));
            if (line is not null) return SetupToken().Match(line).Groups[1].Value;
            await Task.Delay(100);
        }
        throw new TimeoutException("The app printed no setup link.");
    }

    public static async Task<Participant> SetUpAsync(AppHost host, string email, string? token = null)
    {
        var secretariat = host.Anonymous();
        var response = await secretariat.PostAsync("/api/access/setup", new
        {
            token = token ?? await SetupTokenAsync(host),
            conference = new { title = "Ministerial Conference on Water", hostTimeZone = "Europe/Vienna", startsOn = "2027-03-01", endsOn = "2027-03-02", languages = Languages },
            secretariat = new { displayName = "Head of Secretariat", email, password = Password },
        });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        secretariat.ForgetAntiforgery(); // signed in by the setup: the page fetches a token for the new identity
        return secretariat;
    }

    public static string SampleCsv() => File.ReadAllText(Path.Combine(RepoRoot(), "docs", "sample-delegations.csv"));

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OnlineMinisterial.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Repository root not found.");
    }

    public static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    public static async Task<string?> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

    /// <summary>Opens the link of an invitation or reset message and sets a password through it; the browser is then signed in.</summary>
    public static async Task<Participant> AcceptAsync(AppHost host, string token, string path = "/api/access/invitation")
    {
        var person = host.Anonymous();
        var response = await person.PostAsync(path, new { token, password = Password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        person.ForgetAntiforgery();
        return person;
    }

    [GeneratedRegex(@"SetupLink=\S*/setup\?token=([A-Za-z0-9_\-]+)")]
    private static partial Regex SetupToken();
}
