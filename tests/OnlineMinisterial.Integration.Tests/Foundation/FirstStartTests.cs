using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Foundation;

/// <summary>
/// A first start on an empty database (migrations, the demo seeded through the accreditation services, keys made)
/// and its first requests log nothing at Warning or above once the keys are protected by a certificate: the only
/// warning the README explains is the unprotected keys', and no other one is noise a person learns to ignore.
/// </summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task AFirstStart_AndItsFirstPagesAndCalls_LogNoWarning_WhenTheKeysAreProtected()
    {
        await using var db = TestDatabase.Sqlite();
        var path = KeyProtectionTests.WriteCertificate(db.DataFolder, "first-start-test");
        await using var host = new AppHost(db, new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = path, ["DataProtection:CertificatePassword"] = "first-start-test",
        });

        await using var secretariat = await host.SignInAsync(DemoLogins.Secretariat);
        foreach (var address in new[] { "/", "/agenda", "/participants", "/api/me", "/api/conference", "/api/agenda", "/api/accreditation/participants" })
        {
            var response = await secretariat.Http.GetAsync(address);
            Assert.True(response.IsSuccessStatusCode, $"{address}: {(int)response.StatusCode}");
        }

        var warnings = host.Logs.Lines.Where(l => l.StartsWith("Warning ", StringComparison.Ordinal)
            || l.StartsWith("Error ", StringComparison.Ordinal) || l.StartsWith("Critical ", StringComparison.Ordinal)).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }
}
