namespace OnlineMinisterial.Web.Infrastructure.Hosting;

/// <summary>
/// The browser app lives in the repository's top-level <c>wwwroot/</c>. Find it from wherever the host runs
/// (the project folder, a test's bin folder, or a published folder that carries its own copy).
/// </summary>
internal static class WebRootLocator
{
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("ONLINEMINISTERIAL_WEBROOT");
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OnlineMinisterial.sln")) && Directory.Exists(Path.Combine(dir.FullName, "wwwroot")))
                    return Path.Combine(dir.FullName, "wwwroot");
            }
        }
        return null;
    }
}
