using System.ComponentModel.DataAnnotations;

namespace OnlineMinisterial.Web.Features.Record;

public sealed class RecordOptions
{
    public const string Section = "Record";

    /// <summary>How many days after a session's close its delegations may submit corrections to their entries.</summary>
    [Range(0, 365)]
    public int CorrectionWindowDays { get; set; } = 7;
}
