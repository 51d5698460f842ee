using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Integration.Tests.Floor;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Lifecycle;
using OnlineMinisterial.Web.Features.Record;
using OnlineMinisterial.Web.Infrastructure.Audit;

namespace OnlineMinisterial.Integration.Tests.Lifecycle;

/// <summary>A session from its opening to its record, run on every provider (SQLite and PostgreSQL).</summary>
internal static class LifecycleScenarios
{
    public static Task<SessionStateView> StateAsync(FloorClient client, Guid sessionId) =>
        client.Connection.InvokeAsync<SessionStateView>("GetSessionState", sessionId);

    public static Task<SessionStateView> CloseAsync(FloorClient chair, Guid sessionId, bool endSpeech, int version) =>
        chair.Connection.InvokeAsync<SessionStateView>("CloseSession", sessionId, endSpeech, version);

    /// <summary>
    /// Two speeches; closing is refused while the second runs and nothing changes; end-and-close ends it first; the
    /// room hears the close; the record's JSON holds what the clients saw, and rebuilding it gives the same bytes.
    /// </summary>
    public static async Task CloseMidSpeechThenEndAndCloseAsync(FloorWorld world)
    {
        var id = world.LiveSessionId;
        var chair = await world.ChairAsync();
        var kaz = await world.DelegateAsync("KAZ");
        var mex = await world.DelegateAsync("MEX");
        var states = new EventRecorder<SessionStateView>(kaz.Connection, LifecycleBroadcaster.Event);
        await kaz.RequestAsync(id);
        await mex.RequestAsync(id, onBehalfOfGroup: true);
        var floor = await chair.FloorAsync(id);
        floor = await chair.ModerateAsync("GiveFloorToNext", id, floor.Version);
        floor = await chair.ModerateAsync("ExtendSpeech", id, 30, floor.Version);
        floor = await chair.ModerateAsync("GiveFloorToNext", id, floor.Version);
        var before = await StateAsync(chair, id);

        await Refused.WithAsync(ConferenceErrors.SpeechRunning, () => CloseAsync(chair, id, endSpeech: false, before.Version));
        Assert.Equal(before.Version, (await StateAsync(chair, id)).Version);
        Assert.Equal(floor.Version, (await chair.FloorAsync(id)).Version);
        Assert.NotNull((await chair.FloorAsync(id)).Current);

        var closed = await CloseAsync(chair, id, endSpeech: true, before.Version);
        Assert.Equal(SessionState.Closed, closed.State);
        Assert.Equal($"/record?id={id}", closed.RecordUrl);
        var heard = await states.WaitForAsync(s => s.State == SessionState.Closed);
        Assert.Equal(closed.Version, heard.Version);
        var seen = await kaz.FloorAsync(id);
        Assert.Null(seen.Current);

        var json = await kaz.Participant.Http.GetAsync($"/api/sessions/{id}/record");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var text = await json.Content.ReadAsStringAsync();
        var record = RecordJson.Read(text);
        Assert.Equal(seen.Speeches.Select(s => s.Delegation.Code).Reverse(), record.Speeches.Select(s => s.Delegation!.Code));
        Assert.Equal(["KAZ", "MEX"], record.Speeches.Select(s => s.Delegation!.Code));
        Assert.Equal(30, record.Speeches[0].ExtensionSeconds);
        Assert.True(record.Speeches[1].OnBehalfOfGroup);
        Assert.Equal("Head of Delegation, Kazakhstan", record.Speeches[0].Speaker);
        Assert.All(record.Speeches, s => Assert.Equal((int)Math.Round((s.EndedAt - s.StartedAt).TotalSeconds), s.DurationSeconds));
        Assert.Equal(closed.ClosedAt, record.Session.ClosedAt);
        Assert.Contains(record.Attendance, a => a.Delegation.Code == "KAZ");
        Assert.Equal(RecordJson.Sha256(text), json.Headers.GetValues(RecordEndpoints.ShaHeader).Single());

        var pdf = await kaz.Participant.Http.GetByteArrayAsync($"/api/sessions/{id}/record/pdf");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        await using var scope = world.Host.Services.CreateAsyncScope();
        var rebuilt = await scope.ServiceProvider.GetRequiredService<RecordService>().BuildAsync(id, CancellationToken.None);
        Assert.Equal(text, rebuilt.Json);
        Assert.Equal(pdf, rebuilt.Pdf);

        // Another language is written from the stored JSON, the same bytes each time; an unknown one is refused.
        var french = await kaz.Participant.Http.GetAsync($"/api/sessions/{id}/record/pdf?lang=fr");
        var frenchPdf = await french.Content.ReadAsByteArrayAsync();
        Assert.Equal(RecordPdf.Render(RecordJson.Read(text), RecordJson.Sha256(text), "fr"), frenchPdf);
        Assert.Equal(RecordJson.Sha256(frenchPdf), french.Headers.GetValues(RecordEndpoints.ShaHeader).Single());
        Assert.Equal(["fr"], french.Content.Headers.ContentLanguage);
        Assert.Equal(frenchPdf, await kaz.Participant.Http.GetByteArrayAsync($"/api/sessions/{id}/record/pdf?lang=fr"));
        using (var russian = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{id}/record/pdf"))
        {
            russian.Headers.AcceptLanguage.ParseAdd("ru-RU,ru;q=0.9");
            var reply = await kaz.Participant.Http.SendAsync(russian);
            Assert.Equal(["ru"], reply.Content.Headers.ContentLanguage);
            Assert.Equal(RecordPdf.Render(record, RecordJson.Sha256(text), "ru"), await reply.Content.ReadAsByteArrayAsync());
        }
        var unknown = await kaz.Participant.Http.GetAsync($"/api/sessions/{id}/record/pdf?lang=de");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains(ConferenceErrors.UiLanguageUnknown, await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var closing = await world.Host.WithDbAsync(d => d.AuditEntries.SingleAsync(e => e.Action == "session.closed" && e.SubjectId == id.ToString()));
        Assert.Equal((closing.Sequence, closing.Hash), (record.AuditChain.Sequence, record.AuditChain.Hash));
    }

    /// <summary>After the close every floor and lifecycle command is refused with session.closed, and no version moves.</summary>
    public static async Task EverythingRefusedAfterCloseAsync(FloorWorld world)
    {
        var id = world.LiveSessionId;
        var chair = await world.ChairAsync();
        var kaz = await world.DelegateAsync("KAZ");
        var mex = await world.DelegateAsync("MEX");
        var waiting = await mex.RequestAsync(id);
        var state = await StateAsync(chair, id);
        await CloseAsync(chair, id, endSpeech: false, state.Version);
        var after = await StateAsync(chair, id);
        var floor = await chair.FloorAsync(id);
        var usa = await world.DelegationIdAsync("USA");

        Func<Task>[] commands =
        [
            () => kaz.RequestAsync(id),
            () => kaz.PointOfOrderAsync(id),
            () => mex.WithdrawAsync(id, waiting.RequestId),
            () => chair.ModerateAsync("GiveFloorToNext", id, floor.Version),
            () => chair.ModerateAsync("GiveFloorTo", id, waiting.RequestId, floor.Version),
            () => chair.ModerateAsync("AddSpeaker", id, usa, RequestKind.Statement, floor.Version),
            () => chair.ModerateAsync("RemoveRequest", id, waiting.RequestId, floor.Version),
            () => chair.ModerateAsync("CloseList", id, floor.Version),
            () => chair.ModerateAsync("ApplyProtocolOrder", id, floor.Version),
            () => chair.ModerateAsync("ReAddLastSpeaker", id, floor.Version),
            () => chair.Connection.InvokeAsync<SessionStateView>("OpenSessionNow", id, after.Version),
            () => chair.Connection.InvokeAsync<SessionStateView>("SuspendSession", id, after.Version),
            () => chair.Connection.InvokeAsync<SessionStateView>("ResumeSession", id, after.Version),
            () => chair.Connection.InvokeAsync<SessionStateView>("AdjournSession", id, DateTimeOffset.UtcNow.AddHours(1), after.Version),
            () => CloseAsync(chair, id, false, after.Version),
        ];
        foreach (var command in commands) await Refused.WithAsync(ConferenceErrors.SessionClosed, command);
        Assert.Equal(floor.Version, (await chair.FloorAsync(id)).Version);
        Assert.Equal(after.Version, (await StateAsync(chair, id)).Version);

        var rest = await chair.Participant.PostAsync($"/api/sessions/{id}/suspend", new { version = after.Version });
        Assert.Equal(HttpStatusCode.BadRequest, rest.StatusCode);
        Assert.Contains(ConferenceErrors.SessionClosed, await rest.Content.ReadAsStringAsync());
    }

    /// <summary>Suspending pauses the running speech; resuming runs it again; stale versions and outsiders are refused.</summary>
    public static async Task SuspendPausesTheSpeechAsync(FloorWorld world)
    {
        var id = world.LiveSessionId;
        var chair = await world.ChairAsync();
        var kaz = await world.DelegateAsync("KAZ");
        await kaz.RequestAsync(id);
        var floor = await chair.FloorAsync(id);
        await chair.ModerateAsync("GiveFloorToNext", id, floor.Version);
        var state = await StateAsync(chair, id);

        await Refused.WithAsync("auth.not_chair", () => kaz.Connection.InvokeAsync<SessionStateView>("SuspendSession", id, state.Version));
        var suspended = await chair.Connection.InvokeAsync<SessionStateView>("SuspendSession", id, state.Version);
        Assert.Equal(SessionState.Suspended, suspended.State);
        Assert.NotNull((await kaz.FloorAsync(id)).Current!.PausedAt);
        await Refused.WithAsync("version.conflict", () => chair.Connection.InvokeAsync<SessionStateView>("ResumeSession", id, state.Version));
        await Refused.WithAsync("session.not_live", () => kaz.RequestAsync(id, RequestKind.RightOfReply));

        var resumed = await chair.Connection.InvokeAsync<SessionStateView>("ResumeSession", id, suspended.Version);
        Assert.Equal(SessionState.Live, resumed.State);
        Assert.Null((await kaz.FloorAsync(id)).Current!.PausedAt);
        Assert.Equal(InterruptionKind.Suspension, Assert.Single(resumed.Interruptions).Kind);
        var actions = await world.Host.WithDbAsync(d => d.AuditEntries.Where(e => e.SubjectId == id.ToString())
            .OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.Equal(["floor.paused", "session.suspended", "floor.resumed", "session.resumed"], actions.Where(a => a is not ("floor.requested" or "floor.given")));
    }

    /// <summary>A row changed behind the app's back: the verification names it; removed rows are named too.</summary>
    public static async Task TamperedAuditIsNamedAsync(FloorWorld world)
    {
        var id = world.LiveSessionId;
        var kaz = await world.DelegateAsync("KAZ");
        await kaz.RequestAsync(id);
        await (await world.DelegateAsync("MEX")).RequestAsync(id);
        var secretariat = await world.JoinLiveAsync(DemoLogins.Secretariat);
        var intact = await secretariat.Participant.GetAsync<AuditVerification>("/api/audit/verify");
        Assert.True(intact!.Intact, intact.FirstBreak?.Message);
        Assert.True(intact.Entries >= 2);
        Assert.Equal(HttpStatusCode.Forbidden, (await kaz.Participant.Http.GetAsync("/api/audit/verify")).StatusCode);

        var victim = await world.Host.WithDbAsync(d => d.AuditEntries.Where(e => e.Action == "floor.requested").OrderByDescending(e => e.Sequence).Select(e => e.Id).FirstAsync());
        await world.Host.WithDbAsync(d => d.AuditEntries.Where(e => e.Id == victim)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "{\"kind\":\"PointOfOrder\"}")));
        var edited = await secretariat.Participant.GetAsync<AuditVerification>("/api/audit/verify");
        Assert.False(edited!.Intact);
        Assert.Equal((victim, "edited"), (edited.FirstBreak!.EntryId, edited.FirstBreak.Problem));

        var earlier = await world.Host.WithDbAsync(d => d.AuditEntries.Where(e => e.Action == "floor.requested").OrderBy(e => e.Sequence).FirstAsync());
        await world.Host.WithDbAsync(d => d.AuditEntries.Where(e => e.Id == earlier.Id).ExecuteDeleteAsync());
        var removed = await secretariat.Participant.GetAsync<AuditVerification>("/api/audit/verify");
        Assert.Equal((earlier.Sequence, "removed"), (removed!.FirstBreak!.Sequence, removed.FirstBreak.Problem));
    }
}

/// <summary>Corrections after the close: own entries only, decided by the secretariat, issued as corrigenda beside an unchanged record.</summary>
internal static class CorrectionScenarios
{
    public static async Task CorrectionsFlowAsync(FloorWorld world)
    {
        var id = world.LiveSessionId;
        var chair = await world.ChairAsync();
        var kaz = await world.DelegateAsync("KAZ");
        var mex = await world.DelegateAsync("MEX");
        await kaz.RequestAsync(id);
        var floor = await chair.FloorAsync(id);
        floor = await chair.ModerateAsync("GiveFloorToNext", id, floor.Version);
        var state = await LifecycleScenarios.StateAsync(chair, id);
        await LifecycleScenarios.CloseAsync(chair, id, endSpeech: true, state.Version);
        var before = await kaz.Participant.Http.GetStringAsync($"/api/sessions/{id}/record");

        var notMine = await mex.Participant.PostAsync($"/api/sessions/{id}/record/corrections", new { entry = "speech:1", text = "We spoke first." });
        Assert.Equal(HttpStatusCode.BadRequest, notMine.StatusCode);
        Assert.Contains("correction.not_your_entry", await notMine.Content.ReadAsStringAsync());

        var submitted = await kaz.Participant.PostAsync($"/api/sessions/{id}/record/corrections",
            new { entry = "speech:1", text = "The statement was made on behalf of Central Asia." });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var correction = (await submitted.Content.ReadFromJsonAsync<CorrectionView>(Json.Options))!;
        Assert.Equal(Domain.Record.CorrectionState.Submitted, correction.State);
        Assert.Empty((await mex.Participant.GetAsync<List<CorrectionView>>($"/api/sessions/{id}/record/corrections"))!);

        var forbidden = await kaz.Participant.PostAsync($"/api/sessions/{id}/record/corrections/{correction.Id}/accept", new { note = "" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var secretariat = await world.JoinLiveAsync(DemoLogins.Secretariat);
        var accepted = await secretariat.Participant.PostAsync($"/api/sessions/{id}/record/corrections/{correction.Id}/accept", new { note = "Corrigendum issued." });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var again = await secretariat.Participant.PostAsync($"/api/sessions/{id}/record/corrections/{correction.Id}/reject", new { note = "" });
        Assert.Contains("correction.already_decided", await again.Content.ReadAsStringAsync());

        var corrigenda = (await mex.Participant.GetAsync<List<CorrectionView>>($"/api/sessions/{id}/record/corrections"))!;
        var corrigendum = Assert.Single(corrigenda);
        Assert.Equal((1, "KAZ"), (corrigendum.CorrigendumNumber!.Value, corrigendum.Delegation.Code));
        Assert.Equal(before, await kaz.Participant.Http.GetStringAsync($"/api/sessions/{id}/record"));
    }
}
