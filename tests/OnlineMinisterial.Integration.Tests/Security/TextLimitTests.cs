using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Scheduling;
using OnlineMinisterial.Integration.Tests.Voting;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Features.Voting;
using TextLimits = OnlineMinisterial.Domain.Common.TextLimits;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>Each text limit plus one is refused with text.too_long, and nothing is stored, the same on every provider.</summary>
public abstract class TextLimitTests(Func<Task<TestDatabase>>? database) : VotingHostTest(database)
{
    private static string Text(int length) => new('x', length);

    [Fact]
    public async Task EachTextOneOverItsLimit_IsRefusedWithTextTooLong_AndNothingIsStored()
    {
        var secretariat = await Kit.SecretariatAsync();
        var hub = secretariat.Hub;
        var before = await CountsAsync();

        var session = await Agenda.PostCreateAsync(secretariat.Person, Text(TextLimits.SessionTitle + 1), await Agenda.ChairIdAsync(secretariat.Person),
            Agenda.Local(Agenda.SecondsAhead(3600)), Agenda.Local(Agenda.SecondsAhead(7200)));
        Assert.Equal(HttpStatusCode.BadRequest, session.StatusCode);
        Assert.Equal(ErrorCodes.TextTooLong, await Agenda.CodeOf(session));
        await VotingKit.RefusedAsync(() => hub.InvokeAsync<DeclarationView>("CreateDeclaration", Text(TextLimits.DeclarationTitle + 1)), ErrorCodes.TextTooLong);

        var declarationId = await VotingKit.PublishedDeclarationAsync(hub);
        var afterSetup = await CountsAsync();
        await VotingKit.RefusedAsync(() => hub.InvokeAsync<DeclarationView>("AddParagraph", ParagraphKind.Operative, Text(TextLimits.Paragraph + 1), null),
            ErrorCodes.TextTooLong);
        await VotingKit.RefusedAsync(() => hub.InvokeAsync<PollView>("CreatePoll", new CreatePollRequest(PollSubjectKind.Declaration, declarationId,
            Text(TextLimits.PollQuestion + 1), PollMode.Recorded, DecisionRule.SimpleMajority, null, null, false)), ErrorCodes.TextTooLong);
        await hub.InvokeAsync<DeclarationView>("OpenAmendments");
        var paragraph = (await hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration")).Declaration!.Draft!.Paragraphs[0].ParagraphId;
        var kaz = (await Kit.SeatHoldersAsync(["KAZ"]))[0];
        await VotingKit.RefusedAsync(() => kaz.Hub.InvokeAsync<AmendmentView>("ProposeAmendment",
            new ProposeAmendmentRequest(paragraph, AmendmentKind.Replace, "Decide;", Text(TextLimits.Reason + 1))), ErrorCodes.TextTooLong);
        await VotingKit.RefusedAsync(() => kaz.Hub.InvokeAsync<AmendmentView>("ProposeAmendment",
            new ProposeAmendmentRequest(paragraph, AmendmentKind.Replace, Text(TextLimits.AmendmentText + 1), "Clearer.")), ErrorCodes.TextTooLong);

        Assert.Equal(before.Sessions, afterSetup.Sessions);
        Assert.Equal(1, afterSetup.Declarations - before.Declarations);
        var after = await CountsAsync();
        Assert.Equal((afterSetup.Polls, 0), (after.Polls, after.Amendments));
    }

    [Fact]
    public async Task TheLongestAmendment_InAMultiByteScript_FitsInOneHubMessage_AndIsStoredWhole()
    {
        // 14,000 characters of Chinese are 42,000 bytes of UTF-8: more than SignalR's default 32 KiB message.
        var secretariat = await Kit.SecretariatAsync();
        await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        await secretariat.Hub.InvokeAsync<DeclarationView>("OpenAmendments");
        var paragraph = (await secretariat.Hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration")).Declaration!.Draft!.Paragraphs[0].ParagraphId;
        var kaz = (await Kit.SeatHoldersAsync(["KAZ"]))[0];
        var (text, reason) = (new string('议', TextLimits.AmendmentText), new string('"', TextLimits.Reason));

        var amendment = await kaz.Hub.InvokeAsync<AmendmentView>("ProposeAmendment", new ProposeAmendmentRequest(paragraph, AmendmentKind.Replace, text, reason));

        Assert.Equal(HubConnectionState.Connected, kaz.Hub.State);
        var stored = await Host.WithDbAsync(db => db.Amendments.SingleAsync(a => a.Id == amendment.AmendmentId));
        Assert.Equal((text, reason), (stored.Text, stored.Reason));
    }

    private Task<(int Sessions, int Declarations, int Polls, int Amendments)> CountsAsync() => Host.WithDbAsync(async db =>
        (await db.Sessions.CountAsync(), await db.Declarations.CountAsync(), await db.Polls.CountAsync(), await db.Amendments.CountAsync()));
}

public sealed class TextLimitSqliteTests() : TextLimitTests(null);

public sealed class TextLimitPostgresTests() : TextLimitTests(TestDatabase.PostgresAsync);
