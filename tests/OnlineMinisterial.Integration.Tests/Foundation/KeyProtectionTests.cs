using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Foundation;

/// <summary>The data-protection keys in the database are encrypted with a certificate when one is configured.</summary>
public sealed class KeyProtectionTests
{
    internal static string WriteCertificate(string folder, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=OnlineMinisterial key protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return path;
    }

    [Fact]
    public async Task WithACertificate_KeysAreStoredEncrypted_AndFirstStartDoesNotWarn()
    {
        await using var db = TestDatabase.Sqlite();
        var path = WriteCertificate(db.DataFolder, "key-protection-test");
        await using var host = new AppHost(db, new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = path, ["DataProtection:CertificatePassword"] = "key-protection-test",
        });

        await using var kaz = await host.SignInAsync(DemoLogins.Head("KAZ"));
        var me = await kaz.Http.GetAsync("/api/me");

        me.EnsureSuccessStatusCode();
        var keys = await host.WithDbAsync(d => d.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("No XML encryptor configured", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutACertificate_KeysAreStoredAsTheyAre_AndTheWarningSaysSo()
    {
        await using var db = TestDatabase.SqliteFirstStart();
        await using var host = new AppHost(db);

        await using var kaz = await host.SignInAsync(DemoLogins.Head("KAZ"));

        var keys = await host.WithDbAsync(d => d.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync());
        Assert.All(keys, xml => Assert.DoesNotContain("encryptedSecret", xml, StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, l => l.Contains("No XML encryptor configured", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMissingCertificateFile_StopsTheHostAtStart()
    {
        await using var db = TestDatabase.Sqlite();
        await using var host = new AppHost(db, new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = "/nonexistent/keys.pfx" });

        var error = Assert.ThrowsAny<Exception>(() => host.Services);

        Assert.Contains("DataProtection:CertificatePath", error.ToString(), StringComparison.Ordinal);
    }
}
