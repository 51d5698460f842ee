using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Features.Record;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

/// <summary>
/// A poll created without a question of its own carries no sentence in any language, only the parts of its subject
/// as they were at its creation, which each reader words in their own language; a typed question stays as typed.
/// </summary>
public sealed class PollWordingTests : VotingHostTest
{
    [Fact]
    public async Task ADeclarationsPoll_CarriesItsTitleAndVersion_AndALaterVersionDoesNotChangeThem()
    {
        var secretariat = await Kit.SecretariatAsync();
        var declarationId = await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        var poll = await VotingKit.CreatePollAsync(secretariat.Hub, declarationId);

        Assert.Null(poll.Question);
        Assert.Equal(("Declaration of the 7th Online Ministerial", (int?)1), (poll.Wording!.DeclarationTitle, poll.Wording.DeclarationVersion));
        Assert.Equal("Adopter « Declaration of the 7th Online Ministerial » tel que publié dans sa version 1 ?",
            PollQuestionText.Of(poll.Question, poll.Wording, RecordTexts.For("fr")));

        await secretariat.Hub.InvokeAsync<PollView>("CancelPoll", poll.PollId);
        await secretariat.Hub.InvokeAsync<DeclarationView>("AddParagraph", ParagraphKind.Operative, "Decide to meet again next year;", null);
        await secretariat.Hub.InvokeAsync<DeclarationView>("PublishDraft");
        var read = await secretariat.Person.Http.GetFromJsonAsync<JsonElement>($"/api/polls/{poll.PollId}");
        var wording = read.GetProperty("poll").GetProperty("wording");
        Assert.Equal(JsonValueKind.Null, read.GetProperty("poll").GetProperty("question").ValueKind);
        Assert.Equal(1, wording.GetProperty("declarationVersion").GetInt32());

        var next = await VotingKit.CreatePollAsync(secretariat.Hub, declarationId);
        Assert.Equal(2, next.Wording!.DeclarationVersion);
    }

    [Fact]
    public async Task AnAmendmentsPoll_NamesItsProposerByCode_InTheReadersLanguage()
    {
        var secretariat = await Kit.SecretariatAsync();
        await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        var declaration = await secretariat.Hub.InvokeAsync<DeclarationView>("OpenAmendments");
        var op1 = declaration.Current!.Paragraphs.Single(p => p.Label == "OP1");
        var kaz = (await Kit.SeatHoldersAsync(["KAZ"]))[0];
        var amendment = await kaz.Hub.InvokeAsync<AmendmentView>("ProposeAmendment",
            new ProposeAmendmentRequest(op1.ParagraphId, AmendmentKind.Delete, null, "Already covered."));

        var poll = await secretariat.Hub.InvokeAsync<PollView>("PutAmendmentToVote", amendment.AmendmentId, PollMode.Recorded, DecisionRule.SimpleMajority);

        Assert.Null(poll.Question);
        Assert.Equal(("KAZ", AmendmentKind.Delete, "OP1"), (poll.Wording!.Proposer!.Code, poll.Wording.AmendmentKind, poll.Wording.ParagraphLabel));
        Assert.Equal("是否接受哈萨克斯坦提出的删除OP1的修正案？", PollQuestionText.Of(poll.Question, poll.Wording, RecordTexts.For("zh")));
        Assert.Equal("Accept the amendment by Kazakhstan to delete OP1?", PollQuestionText.Of(poll.Question, poll.Wording, RecordTexts.For("en")));
    }

    [Fact]
    public async Task ATypedQuestion_IsKeptAsTyped()
    {
        var secretariat = await Kit.SecretariatAsync();
        var declarationId = await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        var poll = await secretariat.Hub.InvokeAsync<PollView>("CreatePoll", new CreatePollRequest(PollSubjectKind.Declaration, declarationId,
            "  Shall the Conference adopt the declaration by consensus?  ", PollMode.Recorded, DecisionRule.Consensus, null, null, false));
        Assert.Equal("Shall the Conference adopt the declaration by consensus?", poll.Question);
        Assert.Equal("Shall the Conference adopt the declaration by consensus?", PollQuestionText.Of(poll.Question, poll.Wording, RecordTexts.For("ar")));
    }
}
