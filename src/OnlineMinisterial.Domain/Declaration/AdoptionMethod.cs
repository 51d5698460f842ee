namespace OnlineMinisterial.Domain.Declaration;

public enum AdoptionMethod
{
    /// <summary>Nobody broke silence before the deadline.</summary>
    Silence,

    /// <summary>A poll under the consensus rule: no voting delegation objected.</summary>
    Consensus,

    /// <summary>A poll under a majority rule.</summary>
    Vote,
}
