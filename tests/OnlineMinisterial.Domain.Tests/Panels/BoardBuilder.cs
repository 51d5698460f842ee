using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Panels;

namespace OnlineMinisterial.Domain.Tests.Panels;

/// <summary>
/// Builds a question board through its public operations. Each question comes one second after the previous
/// one, so times of submission differ as they do in a room, and each is asked by its own delegate unless told.
/// </summary>
internal sealed class BoardBuilder(FakeTimeProvider time, bool preModeration = false)
{
    public static readonly DateTimeOffset PanelStart = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

    private readonly QuestionBoard _board = QuestionBoard.Create(Guid.NewGuid(), preModeration);
    private int _askers;

    public List<Guid> Ids { get; } = [];

    public BoardBuilder Ask(string text = "What is next?", Asker? by = null, bool anonymous = false)
    {
        time.Advance(TimeSpan.FromSeconds(1));
        var question = _board.Submit(Guid.NewGuid(), by ?? NextAsker(), text, anonymous, time.GetUtcNow(), QuestionLimits.Default);
        Ids.Add(question.Id);
        return this;
    }

    public BoardBuilder Asks(int count)
    {
        for (var i = 0; i < count; i++) Ask($"Question {i + 1}");
        return this;
    }

    /// <summary>Upvotes the <paramref name="index"/>-th question asked (0-based) by <paramref name="voters"/> distinct people.</summary>
    public BoardBuilder Votes(int index, int voters)
    {
        for (var i = 0; i < voters; i++) _board.Upvote(Ids[index], $"voter-{index}-{i}", time.GetUtcNow());
        return this;
    }

    public QuestionBoard Build() => _board;

    private Asker NextAsker() => new($"delegate-{++_askers}", Guid.NewGuid());
}
