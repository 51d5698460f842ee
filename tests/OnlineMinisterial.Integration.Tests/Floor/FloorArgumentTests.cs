using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Web.Features.Floor;

namespace OnlineMinisterial.Integration.Tests.Floor;

public sealed class FloorArgumentTests : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task UnknownSession_IsNotFound_ForJoiningReadingAndActing()
    {
        var unknown = Guid.NewGuid();
        var kaz = await _world.ConnectAsync(DemoLogins.Head("KAZ"));
        var chair = await _world.ConnectAsync(DemoLogins.Chair);

        await Refused.WithAsync(ErrorCodes.SessionNotFound, () => kaz.JoinAsync(unknown));
        await Refused.WithAsync(ErrorCodes.SessionNotFound, () => kaz.FloorAsync(unknown));
        await Refused.WithAsync(ErrorCodes.SessionNotFound, () => kaz.RequestAsync(unknown));
        await Refused.WithAsync(ErrorCodes.SessionNotFound, () => chair.ModerateAsync("GiveFloorToNext", unknown, 0));

        foreach (var path in new[] { $"/api/sessions/{unknown}/floor", $"/api/sessions/{unknown}/speeches" })
        {
            var response = await kaz.Participant.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(ErrorCodes.SessionNotFound, problem.GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task UnknownRequestOrDelegation_IsNotFound_AndChangesNothing()
    {
        var sessionId = _world.LiveSessionId;
        var kaz = await _world.DelegateAsync("KAZ");
        var chair = await _world.ChairAsync();
        var version = (await kaz.RequestAsync(sessionId)).Version;

        await Refused.WithAsync(FloorErrors.RequestNotFound, () => chair.ModerateAsync("GiveFloorTo", sessionId, Guid.NewGuid(), version));
        await Refused.WithAsync(FloorErrors.RequestNotFound, () => chair.ModerateAsync("RemoveRequest", sessionId, Guid.NewGuid(), version));
        await Refused.WithAsync(FloorErrors.RequestNotFound, () => kaz.WithdrawAsync(sessionId, Guid.NewGuid()));
        await Refused.WithAsync(ErrorCodes.DelegationNotFound,
            () => chair.ModerateAsync("AddSpeaker", sessionId, Guid.NewGuid(), RequestKind.Statement, version));

        Assert.Equal(version, (await chair.FloorAsync(sessionId)).Version);
    }

    [Fact]
    public async Task ExtensionOfZeroOrLess_OrAbsurdlyLong_IsRefused()
    {
        var sessionId = _world.LiveSessionId;
        var chair = await _world.ChairAsync();
        await (await _world.DelegateAsync("KAZ")).RequestAsync(sessionId);
        var speaking = await chair.ModerateAsync("GiveFloorToNext", sessionId, 1);

        await Refused.WithAsync(FloorErrors.InvalidExtension, () => chair.ModerateAsync("ExtendSpeech", sessionId, -30, speaking.Version));
        await Refused.WithAsync(FloorErrors.InvalidExtension, () => chair.ModerateAsync("ExtendSpeech", sessionId, 0, speaking.Version));
        await Refused.WithAsync(FloorErrors.ExtensionTooLong, () => chair.ModerateAsync("ExtendSpeech", sessionId, 100_000, speaking.Version));

        var floor = await chair.FloorAsync(sessionId);
        Assert.Equal(speaking.Version, floor.Version);
        Assert.Equal(speaking.Current!.EndsAt, floor.Current!.EndsAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-1)]
    public async Task MoveToAPlaceOutsideTheWaitingList_IsRefused(int position)
    {
        var sessionId = _world.LiveSessionId;
        var chair = await _world.ChairAsync();
        var kaz = await (await _world.DelegateAsync("KAZ")).RequestAsync(sessionId);
        var mex = await (await _world.DelegateAsync("MEX")).RequestAsync(sessionId);

        await Refused.WithAsync(FloorErrors.PositionOutOfRange,
            () => chair.ModerateAsync("MoveRequest", sessionId, mex.RequestId, position, mex.Version));

        var floor = await chair.FloorAsync(sessionId);
        Assert.Equal(mex.Version, floor.Version);
        Assert.Equal([kaz.RequestId, mex.RequestId], floor.Waiting.Select(w => w.RequestId));
    }

    [Fact]
    public async Task BadRequestArguments_HaveCodes_AndChangeNothing()
    {
        var sessionId = _world.LiveSessionId;
        var kaz = await _world.DelegateAsync("KAZ");
        var chair = await _world.ChairAsync();

        await Refused.WithAsync(ErrorCodes.InvalidArgument, () => kaz.RequestAsync(sessionId, key: " "));
        await Refused.WithAsync(ErrorCodes.InvalidArgument, () => kaz.RequestAsync(sessionId, key: new string('k', 101)));
        await Refused.WithAsync(ErrorCodes.InvalidArgument,
            () => kaz.Connection.InvokeAsync<FloorReceipt>("RequestFloor", sessionId, 9, false, "en", null, "undefined-kind"));
        await Refused.WithAsync(FloorErrors.GroupRequiresStatement, () => kaz.RequestAsync(sessionId, RequestKind.PointOfOrder, onBehalfOfGroup: true));
        await Refused.WithAsync(FloorErrors.InvalidLimit,
            () => chair.ModerateAsync("SetLimits", sessionId, new FloorLimitsView(-5, null, null, null), 0));
        await Refused.WithAsync(FloorErrors.LimitTooLong,
            () => chair.ModerateAsync("SetLimits", sessionId, new FloorLimitsView(100_000, null, null, null), 0));
        await Refused.WithAsync(ErrorCodes.InvalidArgument, () => chair.ModerateAsync("SetLimits", sessionId, null, 0));
        await Refused.WithAsync(FloorErrors.NobodyWaiting, () => chair.ModerateAsync("GiveFloorToNext", sessionId, 0));
        await Refused.WithAsync(FloorErrors.NoCurrentSpeech, () => chair.ModerateAsync("EndSpeech", sessionId, 0));

        Assert.Equal(0, (await chair.FloorAsync(sessionId)).Version);
        Assert.Empty(chair.Changes.Received);
    }

    [Fact]
    public async Task StaleVersion_IsAConflict_AndChangesNothing()
    {
        var sessionId = _world.LiveSessionId;
        var chair = await _world.ChairAsync();
        var request = await (await _world.DelegateAsync("KAZ")).RequestAsync(sessionId);

        var error = await Refused.WithAsync(ErrorCodes.VersionConflict, () => chair.ModerateAsync("GiveFloorToNext", sessionId, request.Version - 1));
        Assert.Contains("now 1", error.Message, StringComparison.Ordinal);
        Assert.Null((await chair.FloorAsync(sessionId)).Current);
    }
}
