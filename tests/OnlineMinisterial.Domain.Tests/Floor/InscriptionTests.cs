using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class InscriptionTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    [Fact]
    public void BeforeTheSessionOpens_RequestsAreRefused_UntilTheChairOpensInscription()
    {
        var list = new SpeakerListBuilder(_time).Build();

        var refused = Assert.Throws<DomainException>(() => list.EnsureTakesRequests(SessionState.Scheduled));
        Assert.Equal(ErrorCodes.SessionNotLive, refused.Code);

        list.OpenInscription();
        list.EnsureTakesRequests(SessionState.Scheduled);
        Assert.True(list.InscriptionOpen);
    }

    [Fact]
    public void OpenInscription_SpendsOneVersion_AndOpeningAgainChangesNothing()
    {
        var list = new SpeakerListBuilder(_time).Build();

        list.OpenInscription();
        list.OpenInscription();
        Assert.Equal(1, list.Version);

        list.CloseInscription();
        list.CloseInscription();
        Assert.Equal(2, list.Version);
        Assert.Throws<DomainException>(() => list.EnsureTakesRequests(SessionState.Scheduled));
    }

    [Theory]
    [InlineData(SessionState.Suspended)]
    [InlineData(SessionState.Closed)]
    [InlineData(SessionState.Cancelled)]
    public void OpenInscription_DoesNotLetDelegationsIn_WhenTheSessionIsNeitherScheduledNorLive(SessionState state)
    {
        var list = new SpeakerListBuilder(_time).Build();
        list.OpenInscription();

        var expected = state == SessionState.Closed ? Domain.Conference.ConferenceErrors.SessionClosed : ErrorCodes.SessionNotLive;
        Assert.Equal(expected, Assert.Throws<DomainException>(() => list.EnsureTakesRequests(state)).Code);
    }

    [Fact]
    public void ALiveSession_TakesRequests_WithOrWithoutInscription()
    {
        var list = new SpeakerListBuilder(_time).Build();
        list.EnsureTakesRequests(SessionState.Live);
    }

    [Fact]
    public void NobodyIsGivenTheFloor_BeforeTheSessionOpens()
    {
        var refused = Assert.Throws<DomainException>(() => SpeakerList.EnsureFloorCanBeGiven(SessionState.Scheduled));
        Assert.Equal(FloorErrors.SessionNotOpen, refused.Code);

        SpeakerList.EnsureFloorCanBeGiven(SessionState.Live);
    }

    [Fact]
    public void InscribedRequests_KeepTheirOrder_WhenTheSessionOpens()
    {
        var list = new SpeakerListBuilder(_time).Build();
        list.OpenInscription();
        new[] { Kenya, Norway, Chile }.ToList().ForEach(d =>
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            list.Request(Guid.NewGuid(), d, RequestKind.Statement, _time.GetUtcNow());
        });

        SpeakerList.EnsureFloorCanBeGiven(SessionState.Live);
        var first = list.GiveFloorToNext(_time.GetUtcNow());

        Assert.Equal(Kenya, first.DelegationId);
        Assert.Equal([Norway, Chile], list.Waiting.Select(r => r.DelegationId));
    }
}
