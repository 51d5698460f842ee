namespace OnlineMinisterial.Domain.Floor;

/// <summary>How long a delegation has spoken in a session, over how many finished speeches.</summary>
public sealed record SpeakingTotal(TimeSpan Spoken, int Count);
