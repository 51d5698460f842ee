using System.Reflection;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Web.Features.Floor;

namespace OnlineMinisterial.Integration.Tests.Floor;

public sealed class FloorAuthorizationTests : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    /// <summary>Every chair method with arguments that would work for the chair; the last argument is the expected version.</summary>
    private static List<(string Method, object?[] Args)> ModerationCalls(Guid requestId, Guid delegationId, int version) =>
    [
        ("GiveFloorToNext", [version]),
        ("GiveFloorTo", [requestId, version]),
        ("EndSpeech", [version]),
        ("PauseSpeech", [version]),
        ("ResumeSpeech", [version]),
        ("ExtendSpeech", [30, version]),
        ("MoveRequest", [requestId, 1, version]),
        ("AddSpeaker", [delegationId, RequestKind.Statement, version]),
        ("RemoveRequest", [requestId, version]),
        ("RestoreRequest", [requestId, version]),
        ("OpenInscription", [version]),
        ("CloseInscription", [version]),
        ("CloseList", [version]),
        ("ReopenList", [version]),
        ("ReAddLastSpeaker", [version]),
        ("ApplyProtocolOrder", [version]),
        ("SetLimits", [new FloorLimitsView(120, 300, 60, null), version]),
        ("OpenSessionNow", [version]),
        ("SuspendSession", [version]),
        ("ResumeSession", [version]),
        ("AdjournSession", [DateTimeOffset.UtcNow.AddHours(1), version]),
        ("CloseSession", [true, version]),
    ];

    [Theory]
    [InlineData("kaz.head")]
    [InlineData("usa.alternate")]
    [InlineData("observer")]
    [InlineData("moderator")]
    public async Task EveryModerationMethod_CalledByOtherThanTheChair_IsRefused_AndChangesNothing(string account)
    {
        var sessionId = _world.LiveSessionId;
        var request = await (await _world.DelegateAsync("KAZ")).RequestAsync(sessionId);
        var caller = await _world.JoinLiveAsync($"{account}@{DemoLogins.Domain}");
        var calls = ModerationCalls(request.RequestId, await _world.DelegationIdAsync("MEX"), request.Version);
        var chairMethods = typeof(FloorHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetParameters().Any(p => p.Name == "expectedVersion")).Select(m => m.Name);
        Assert.Equal(chairMethods.Order(), calls.Select(c => c.Method).Order());

        foreach (var (method, args) in calls)
            await Refused.WithAsync(FloorAccessErrors.NotChair, () => caller.ModerateAsync(method, sessionId, args));

        var floor = await caller.FloorAsync(sessionId);
        Assert.Equal(request.Version, floor.Version);
        Assert.Equal([request.RequestId], floor.Waiting.Select(w => w.RequestId));
    }

    [Fact]
    public async Task Delegate_CannotWithdrawAnotherDelegationsRequest()
    {
        var sessionId = _world.LiveSessionId;
        var kazRequest = await (await _world.DelegateAsync("KAZ")).RequestAsync(sessionId);
        var mex = await _world.DelegateAsync("MEX");

        await Refused.WithAsync(ErrorCodes.NotYourDelegation, () => mex.WithdrawAsync(sessionId, kazRequest.RequestId));

        var floor = await mex.FloorAsync(sessionId);
        Assert.Equal(kazRequest.Version, floor.Version);
        Assert.Equal([kazRequest.RequestId], floor.Waiting.Select(w => w.RequestId));
    }

    [Theory]
    [InlineData("observer")]
    [InlineData("chair")]
    [InlineData("secretariat")]
    public async Task SomeoneWithoutADelegation_CannotAskForTheFloor(string account)
    {
        var sessionId = _world.LiveSessionId;
        var client = await _world.JoinLiveAsync($"{account}@{DemoLogins.Domain}");

        await Refused.WithAsync(FloorAccessErrors.NotDelegate, () => client.RequestAsync(sessionId));
        await Refused.WithAsync(FloorAccessErrors.NotDelegate, () => client.PointOfOrderAsync(sessionId));
        Assert.Equal(0, (await client.FloorAsync(sessionId)).Version);
    }

    [Fact]
    public async Task Delegate_CannotAskOrWithdraw_WhileTheSessionIsNotLive()
    {
        var scheduled = await _world.ScheduledSessionIdAsync();
        var kaz = await _world.ConnectAsync(DemoLogins.Head("KAZ"));

        await Refused.WithAsync(ErrorCodes.SessionNotLive, () => kaz.RequestAsync(scheduled));
        await Refused.WithAsync(ErrorCodes.SessionNotLive, () => kaz.PointOfOrderAsync(scheduled));
        await Refused.WithAsync(ErrorCodes.SessionNotLive, () => kaz.WithdrawAsync(scheduled, Guid.NewGuid()));
        Assert.Equal(0, (await kaz.FloorAsync(scheduled)).Version);
    }

    [Fact]
    public async Task Chair_PreparesTheListOfAScheduledSession_ButNotOfAClosedOne()
    {
        var scheduled = await _world.ScheduledSessionIdAsync();
        var chair = await _world.ConnectAsync(DemoLogins.Chair);
        var kaz = await _world.DelegationIdAsync("KAZ");

        var prepared = await chair.ModerateAsync("AddSpeaker", scheduled, kaz, RequestKind.Statement, 0);
        Assert.Equal(["KAZ"], prepared.Waiting.Select(w => w.Delegation.Code));

        await _world.Host.WithDbAsync(async db =>
        {
            var session = await db.Sessions.SingleAsync(s => s.Id == scheduled);
            session.Open(DateTimeOffset.UtcNow);
            session.Close(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        await Refused.WithAsync(FloorAccessErrors.SessionClosed, () => chair.ModerateAsync("GiveFloorToNext", scheduled, prepared.Version));
        Assert.Equal(prepared.Version, (await chair.FloorAsync(scheduled)).Version);
    }

    [Fact]
    public async Task PanelModerator_RunsThePanelsList_WhichThePlenaryChairCannot()
    {
        var panel = await _world.ScheduledSessionIdAsync(SessionKind.Panel);
        var moderator = await _world.ConnectAsync(DemoLogins.Moderator);
        var chair = await _world.ConnectAsync(DemoLogins.Chair);
        var kaz = await _world.DelegationIdAsync("KAZ");

        await Refused.WithAsync(FloorAccessErrors.NotChair, () => chair.ModerateAsync("AddSpeaker", panel, kaz, RequestKind.Statement, 0));
        var added = await moderator.ModerateAsync("AddSpeaker", panel, kaz, RequestKind.Statement, 0);
        Assert.Equal(1, added.Version);
    }
}
