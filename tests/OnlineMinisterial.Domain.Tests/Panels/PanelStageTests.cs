using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Panels;

namespace OnlineMinisterial.Domain.Tests.Panels;

public class PanelStageTests
{
    private readonly FakeTimeProvider _time = new(BoardBuilder.PanelStart);
    private readonly PanelStage _stage = PanelStage.Create(Guid.NewGuid());

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void PutOnStage_DelegatesAndGuests_InTheOrderTheyCame()
    {
        var kenya = Guid.NewGuid();
        var guest = PanelGuest.Invite(Guid.NewGuid(), _stage.SessionId, "prof-guest", Now);

        _stage.PutOnStage(Panelist.Delegate("amina", kenya), Now);
        _time.Advance(TimeSpan.FromSeconds(1));
        _stage.PutOnStage(Panelist.Guest(guest), Now);

        Assert.Equal(["amina", "prof-guest"], _stage.Panelists.Select(p => p.PersonId));
        Assert.Equal(2, _stage.Version);
        Assert.Equal(kenya, _stage.Find("amina").SpeakerId);
        Assert.Equal(PanelistKind.Guest, _stage.Find("prof-guest").Kind);
        Assert.Equal(guest.Id, _stage.Find("prof-guest").SpeakerId);
    }

    [Fact]
    public void PutOnStage_Again_ReturnsThePanelist_Unchanged()
    {
        var first = _stage.PutOnStage(Panelist.Delegate("amina", Guid.NewGuid()), Now);
        _time.Advance(TimeSpan.FromMinutes(1));

        var again = _stage.PutOnStage(Panelist.Delegate("amina", Guid.NewGuid()), Now);

        Assert.Same(first, again);
        Assert.Equal(1, _stage.Version);
        Assert.Single(_stage.Panelists);
    }

    [Fact]
    public void TakeOffStage_RemovesThePanelist()
    {
        _stage.PutOnStage(Panelist.Delegate("amina", Guid.NewGuid()), Now);

        _stage.TakeOffStage("amina");

        Assert.False(_stage.IsOnStage("amina"));
        Assert.Equal(2, _stage.Version);
    }

    [Fact]
    public void TakeOffStage_SomeoneNotOnStage_IsNotFound()
    {
        var error = Assert.Throws<DomainException>(() => _stage.TakeOffStage("nobody"));

        Assert.Equal(PanelErrors.PanelistNotFound, error.Code);
        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Equal(0, _stage.Version);
    }

    [Fact]
    public void PutOnStage_WhenFull_IsRefused()
    {
        for (var i = 0; i < PanelStage.MaxPanelists; i++) _stage.PutOnStage(Panelist.Delegate($"p{i}", Guid.NewGuid()), Now);

        var error = Assert.Throws<DomainException>(() => _stage.PutOnStage(Panelist.Delegate("one-more", Guid.NewGuid()), Now));

        Assert.Equal(PanelErrors.StageFull, error.Code);
        Assert.Equal(PanelStage.MaxPanelists, _stage.Panelists.Count);
    }
}
