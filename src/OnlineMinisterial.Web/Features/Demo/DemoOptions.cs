using System.ComponentModel.DataAnnotations;

namespace OnlineMinisterial.Web.Features.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo conference at start-up (idempotent: existing rows are kept).</summary>
    public bool Seed { get; set; }

    /// <summary>With the seed, also schedule the demo's agenda (five sessions from the start-up on, the first live).
    /// Off, the demo has its delegations and accounts and no session.</summary>
    public bool Agenda { get; set; } = true;

    /// <summary>The one password of every demo account. Real accounts follow Identity's rules.</summary>
    [Required, MinLength(8)]
    public string Password { get; set; } = "Ministerial-2026";

    public const string EmailDomain = "onlineministerial.example";
}
