using OnlineMinisterial.Domain.Panels;

namespace OnlineMinisterial.Domain.Tests.Panels;

internal static class PanelAskers
{
    public static readonly Guid KenyaId = Guid.Parse("5e2c1a0e-0000-4000-8000-000000000404");
    public static readonly Asker Amina = new("amina", KenyaId);
    public static readonly Asker Otieno = new("otieno", KenyaId);
    public static readonly Asker Lucia = new("lucia", Guid.Parse("5e2c1a0e-0000-4000-8000-000000000032"));
}
