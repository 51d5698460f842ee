using System.ComponentModel.DataAnnotations;

namespace OnlineMinisterial.Web.Features.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo conference at start-up (idempotent: existing rows are kept).</summary>
    public bool Seed { get; set; }

    /// <summary>The one password of every demo account. Real accounts follow Identity's rules.</summary>
    [Required, MinLength(8)]
    public string Password { get; set; } = "Ministerial-2026";

    public const string EmailDomain = "onlineministerial.example";
}
