using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Panels;

namespace OnlineMinisterial.Domain.Tests.Panels;

/// <summary>The small rules around a panel: limits that must be positive, panelists and guests that must be someone.</summary>
public class PanelRulesTests
{
    private readonly FakeTimeProvider _time = new(BoardBuilder.PanelStart);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Theory]
    [InlineData(0, 3, 60)]
    [InlineData(500, 0, 60)]
    [InlineData(500, 3, 0)]
    [InlineData(-1, 3, 60)]
    [InlineData(500, -1, 60)]
    [InlineData(500, 3, -60)]
    public void QuestionLimits_MustAllBeGreaterThanZero(int maxLength, int perWindow, int windowSeconds)
    {
        var ex = Assert.Throws<DomainException>(() => new QuestionLimits(maxLength, perWindow, TimeSpan.FromSeconds(windowSeconds)));
        Assert.Equal(ErrorCodes.InvalidArgument, ex.Code);
    }

    [Fact]
    public void TheSmallestQuestionLimits_AreAccepted()
    {
        var limits = new QuestionLimits(1, 1, TimeSpan.FromTicks(1));
        Assert.Equal((1, 1, TimeSpan.FromTicks(1)), (limits.MaxLength, limits.PerWindow, limits.Window));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void APanelistOrAGuest_MustBeSomeone(string personId)
    {
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() => Panelist.Delegate(personId, Guid.NewGuid())).Code);
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() => PanelGuest.Invite(Guid.NewGuid(), Guid.NewGuid(), personId, Now)).Code);
    }

    [Fact]
    public void AGuestInvitation_IsForOnePanel_AndSaysWhen()
    {
        var (id, session) = (Guid.NewGuid(), Guid.NewGuid());
        var guest = PanelGuest.Invite(id, session, "dr-okafor", Now);
        Assert.Equal((id, session, "dr-okafor", Now), (guest.Id, guest.SessionId, guest.PersonId, guest.InvitedAt));

        var panelist = Panelist.Guest(guest);
        Assert.Equal(("dr-okafor", PanelistKind.Guest, (Guid?)null, (Guid?)id), (panelist.PersonId, panelist.Kind, panelist.DelegationId, panelist.GuestId));
    }

    [Fact]
    public void AGuestPanelist_NeedsAnInvitation()
    {
        Assert.Throws<ArgumentNullException>(() => Panelist.Guest(null!));
    }

    [Fact]
    public void PutOnStage_SaysWhenThePanelistCameOn()
    {
        var stage = PanelStage.Create(Guid.NewGuid());
        _time.Advance(TimeSpan.FromMinutes(3));
        var amina = stage.PutOnStage(Panelist.Delegate("amina", Guid.NewGuid()), Now);
        Assert.Equal(Now, amina.OnStageSince);
        Assert.Throws<ArgumentNullException>(() => stage.PutOnStage(null!, Now));
    }

    [Fact]
    public void PanelistsWhoCameOnTogether_AreSeatedByPersonId()
    {
        var stage = PanelStage.Create(Guid.NewGuid());
        stage.PutOnStage(Panelist.Delegate("b-otieno", Guid.NewGuid()), Now);
        stage.PutOnStage(Panelist.Delegate("a-amina", Guid.NewGuid()), Now);
        _time.Advance(TimeSpan.FromSeconds(1));
        stage.PutOnStage(Panelist.Delegate("0-first-by-name-but-late", Guid.NewGuid()), Now);
        Assert.Equal(["a-amina", "b-otieno", "0-first-by-name-but-late"], stage.Panelists.Select(p => p.PersonId));
    }

    [Fact]
    public void Submit_WithoutAskerOrLimits_IsAProgrammingError()
    {
        var board = QuestionBoard.Create(Guid.NewGuid());
        Assert.Throws<ArgumentNullException>(() => board.Submit(Guid.NewGuid(), null!, "Why?", false, Now, QuestionLimits.Default));
        Assert.Throws<ArgumentNullException>(() => board.Submit(Guid.NewGuid(), PanelAskers.Amina, "Why?", false, Now, null!));
        Assert.Empty(board.Questions);
    }
}
