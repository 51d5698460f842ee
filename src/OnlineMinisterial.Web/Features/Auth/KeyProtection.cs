using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// The data-protection keys (they sign the auth cookie and the anti-forgery tokens) live in the app's database, so
/// every node shares them. Given a certificate (<c>DataProtection:CertificatePath</c>, a PKCS#12 file, with
/// <c>DataProtection:CertificatePassword</c>), each key is encrypted with it before it is stored; a node that
/// reads the keys needs the same certificate. Without one the keys are stored as they are, and ASP.NET Core says
/// so once at first start ("No XML encryptor configured"): fine for a single demo machine, not for a deployment.
/// </summary>
public static class KeyProtection
{
    public const string Section = "DataProtection";

    public static IDataProtectionBuilder ProtectKeysWhenConfigured(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var path = section["CertificatePath"];
        if (string.IsNullOrWhiteSpace(path)) return builder;
        if (!File.Exists(path))
            throw new InvalidOperationException($"DataProtection:CertificatePath names a file that does not exist: {path}");
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, section["CertificatePassword"]);
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException("The certificate in DataProtection:CertificatePath has no private key; keys could be stored but never read back.");
        return builder.ProtectKeysWithCertificate(certificate);
    }
}
