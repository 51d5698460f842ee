using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

/// <summary>
/// A vote that got a receipt survives a crash: the app runs as a child process, is killed (SIGKILL, no shutdown)
/// right after the last receipt arrives, and a new app on the same database finds every receipted ballot.
/// </summary>
[Collection(ChildProcessGroup.Name)]
public abstract class CrashDurabilityScenario(Func<Task<TestDatabase>> database) : IAsyncLifetime
{
    private const int Votes = 30;
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await database();

    public Task DisposeAsync() => _db.DisposeAsync().AsTask();

    [Fact]
    public async Task EveryReceiptedVote_IsThereAfterTheServerIsKilled()
    {
        var receipts = new List<VoteReceipt>();
        Guid pollId;
        using (var app = await AppProcess.StartAsync(_db))
        {
            var people = new List<RemoteParticipant>();
            try
            {
                var secretariat = await JoinAsync(app, DemoLogins.Secretariat, people);
                var declaration = await secretariat.InvokeAsync<DeclarationView>("CreateDeclaration", "Declaration");
                await secretariat.InvokeAsync<DeclarationView>("AddParagraph", Domain.Declaration.ParagraphKind.Operative, "Decide;", null);
                await secretariat.InvokeAsync<DeclarationView>("PublishDraft");
                var voters = await Task.WhenAll(VotingKit.MemberStates.Take(Votes).Select(code => JoinAsync(app, DemoLogins.Head(code), people)));
                var poll = await VotingKit.CreatePollAsync(secretariat, declaration.DeclarationId);
                pollId = poll.PollId;
                await secretariat.InvokeAsync<PollView>("OpenPoll", pollId);

                receipts.AddRange(await Task.WhenAll(voters.Select((v, i) =>
                    v.InvokeAsync<VoteReceipt>("CastVote", pollId, (VoteChoice)(i % 3), $"crash-{i}"))));
                app.Kill();
            }
            finally
            {
                foreach (var person in people) await person.DisposeAsync();
            }
        }

        // A new app on the same database (migrations and the demo seed are idempotent) reads what was committed.
        await using var restarted = new AppHost(_db);
        var stored = await restarted.WithDbAsync(db => db.Polls.Where(p => p.Id == pollId).SelectMany(p => p.Casts).ToListAsync());
        Assert.Equal(Votes, receipts.Count);
        Assert.Equal(receipts.Select(r => r.ReceiptId).Order(), stored.Select(c => c.ReceiptId).Order());
        Assert.All(receipts, r => Assert.Equal(r.Choice, stored.Single(c => c.ReceiptId == r.ReceiptId).Choice));

        await using var observer = await restarted.SignInAsync(DemoLogins.Observer);
        var view = (await observer.GetAsync<PollSnapshot>($"/api/polls/{pollId}"))!.Poll;
        Assert.Equal(new TurnoutView(Votes, 52), view.Turnout);
        Assert.Equal(PollState.Open, view.State);
    }

    private static async Task<HubConnection> JoinAsync(AppProcess app, string email, List<RemoteParticipant> people)
    {
        var person = await RemoteParticipant.SignInAsync(app.BaseAddress, email);
        lock (people) people.Add(person);
        return await VotingKit.ConnectedAsync(await person.ConnectAsync(VotingKit.HubPath));
    }
}

/// <summary>A child app needs the machine's cores to start in time; these tests do not run beside others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChildProcessGroup
{
    public const string Name = "Child processes";
}

public sealed class CrashDurabilityTests() : CrashDurabilityScenario(() => Task.FromResult(TestDatabase.Sqlite()));

public sealed class CrashDurabilityTestsPostgres() : CrashDurabilityScenario(TestDatabase.PostgresAsync);
