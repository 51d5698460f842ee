namespace OnlineMinisterial.Domain.Voting;

public enum PollMode
{
    /// <summary>Each delegation's vote is published with the result.</summary>
    Recorded,

    /// <summary>Only totals are published; who voted is stored apart from what they chose.</summary>
    Secret,
}
