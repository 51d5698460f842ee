using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Features.Demo;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

/// <summary>A person signed in and connected to the voting hub, with the delegation code they came for (if any).</summary>
internal sealed record Attendee(string? Code, Participant Person, HubConnection Hub);

/// <summary>Steps the voting tests share: people joining the voting hub, a declaration to vote on, polls, refusals.</summary>
internal sealed partial class VotingKit(AppHost host) : IAsyncDisposable
{
    public const string HubPath = "/hubs/voting";

    private readonly List<Participant> _people = [];
    private Attendee? _quorum;

    public static IReadOnlyList<string> MemberStates { get; } =
        [.. DemoDelegations.All.Where(d => d.Kind == DelegationKind.MemberState).Select(d => d.Code)];

    public static IReadOnlyList<string> Organisations { get; } =
        [.. DemoDelegations.All.Where(d => d.Kind != DelegationKind.MemberState).Select(d => d.Code)];

    public async Task<Attendee> JoinAsync(string email, string? code = null)
    {
        var person = await host.SignInAsync(email);
        lock (_people) _people.Add(person);
        return new Attendee(code, person, await ConnectedAsync(await person.ConnectAsync(HubPath)));
    }

    /// <summary>
    /// Waits until the server has registered the connection's presence. SignalR completes the client's start before
    /// the hub's OnConnectedAsync has run; a first call on the connection is served only after it.
    /// </summary>
    public static async Task<HubConnection> ConnectedAsync(HubConnection connection)
    {
        await connection.InvokeAsync<PollsSnapshot>("GetPolls");
        return connection;
    }

    /// <summary>The heads (who hold the seat in the demo data) of these delegations, joined at once.</summary>
    public async Task<IReadOnlyList<Attendee>> SeatHoldersAsync(IEnumerable<string> codes) =>
        await Task.WhenAll(codes.Select(code => JoinAsync(DemoLogins.Head(code), code)));

    public Task<Attendee> SecretariatAsync() => JoinAsync(DemoLogins.Secretariat);

    /// <summary>A declaration with one published version, so there is something to vote on.</summary>
    public static async Task<Guid> PublishedDeclarationAsync(HubConnection secretariat)
    {
        var created = await secretariat.InvokeAsync<DeclarationView>("CreateDeclaration", "Declaration of the 7th Online Ministerial");
        await secretariat.InvokeAsync<DeclarationView>("AddParagraph", ParagraphKind.Preamble, "Recalling the commitments of the Global Coalition,", null);
        await secretariat.InvokeAsync<DeclarationView>("AddParagraph", ParagraphKind.Operative, "Decide to strengthen early warning on synthetic drugs;", null);
        await secretariat.InvokeAsync<DeclarationView>("PublishDraft");
        return created.DeclarationId;
    }

    public static Task<PollView> CreatePollAsync(HubConnection secretariat, Guid declarationId, PollMode mode = PollMode.Recorded,
        DecisionRule rule = DecisionRule.SimpleMajority, QuorumSpec? quorum = null, DateTimeOffset? deadline = null, bool rollCall = false) =>
        secretariat.InvokeAsync<PollView>("CreatePoll",
            new CreatePollRequest(PollSubjectKind.Declaration, declarationId, null, mode, rule, quorum, deadline, rollCall));

    /// <summary>
    /// An open poll for tests about something other than quorum: a quorum of one, made by South Africa's seat holder,
    /// who joins for that and casts nothing.
    /// </summary>
    public async Task<PollView> OpenPollAsync(HubConnection secretariat, Guid declarationId, PollMode mode = PollMode.Recorded)
    {
        _quorum ??= await JoinAsync(DemoLogins.Head("ZAF"), "ZAF");
        var poll = await CreatePollAsync(secretariat, declarationId, mode, quorum: new QuorumSpec(QuorumKind.Count, 1));
        return await secretariat.InvokeAsync<PollView>("OpenPoll", poll.PollId);
    }

    public static Task<VoteReceipt> CastAsync(Attendee voter, Guid pollId, VoteChoice choice, string? key = null) =>
        voter.Hub.InvokeAsync<VoteReceipt>("CastVote", pollId, choice, key ?? Guid.NewGuid().ToString());

    /// <summary>Asserts the call is refused with this code and returns the readable message.</summary>
    public static async Task<string> RefusedAsync(Func<Task> call, string code)
    {
        var error = await Assert.ThrowsAsync<HubException>(call);
        Assert.Equal(code, CodeOf(error.Message));
        return error.Message;
    }

    /// <summary>
    /// The code in a hub error. SignalR wraps the server's "[code] message" as "An unexpected error occurred invoking
    /// 'X' on the server. HubException: [code] message"; clients take the code from the first brackets.
    /// </summary>
    public static string? CodeOf(string? message) =>
        message is not null && ErrorCode().Match(message) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"\[([a-z0-9_.]+)\]")]
    private static partial Regex ErrorCode();

    public Task<Guid> DelegationIdAsync(string code) =>
        host.WithDbAsync(db => db.Delegations.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    public Task<Dictionary<Guid, string>> CodesByIdAsync() =>
        host.WithDbAsync(db => db.Delegations.ToDictionaryAsync(d => d.Id, d => d.Code));

    public async ValueTask DisposeAsync()
    {
        foreach (var person in _people) await person.DisposeAsync();
    }
}
