using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Tests.Voting;

/// <summary>Builds polls for tests: a fresh set of voting delegations per poll, time from a fake clock.</summary>
internal sealed class PollBuilder(FakeTimeProvider time)
{
    private PollMode _mode = PollMode.Recorded;
    private DecisionRule _rule = DecisionRule.SimpleMajority;
    private Quorum? _quorum;
    private int _eligible = 10;
    private int? _present;
    private TimeSpan? _deadlineIn;

    public List<Guid> Delegations { get; private set; } = [];

    public PollBuilder Secret() { _mode = PollMode.Secret; return this; }
    public PollBuilder Rule(DecisionRule rule) { _rule = rule; return this; }
    public PollBuilder Quorum(Quorum quorum) { _quorum = quorum; return this; }
    public PollBuilder Eligible(int count) { _eligible = count; return this; }
    public PollBuilder Present(int count) { _present = count; return this; }
    public PollBuilder DeadlineIn(TimeSpan span) { _deadlineIn = span; return this; }

    public Poll Draft() =>
        Poll.Create(Guid.NewGuid(), Guid.NewGuid(), PollSubjectKind.Amendment, Guid.NewGuid(), "Adopt amendment A/3 to OP5?",
            _mode, _rule, time.GetUtcNow(), _quorum);

    public Poll Open()
    {
        var poll = Draft();
        Delegations = [.. Enumerable.Range(0, _eligible).Select(_ => Guid.NewGuid())];
        var now = time.GetUtcNow();
        poll.Open(Delegations, _present ?? _eligible, now, _deadlineIn is { } d ? now + d : null);
        return poll;
    }

    /// <summary>Casts yes, then no, then abstain votes from the delegations in order.</summary>
    public void Cast(Poll poll, int yes, int no = 0, int abstain = 0)
    {
        var choices = Enumerable.Repeat(VoteChoice.Yes, yes)
            .Concat(Enumerable.Repeat(VoteChoice.No, no))
            .Concat(Enumerable.Repeat(VoteChoice.Abstain, abstain));
        var i = 0;
        foreach (var choice in choices)
        {
            poll.Cast(Delegations[i], choice, $"key-{i}", time.GetUtcNow());
            i++;
        }
    }

    /// <summary>Opens, casts and closes with everyone present unless said otherwise.</summary>
    public PollResult Decide(int yes, int no = 0, int abstain = 0, int? presentAtClose = null)
    {
        var poll = Open();
        Cast(poll, yes, no, abstain);
        poll.Close(presentAtClose ?? _eligible, time.GetUtcNow());
        return poll.Result!;
    }
}
