using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Integration.Tests.Database;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Integration.Tests.Scheduling;
using OnlineMinisterial.Web.Features.Panels;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Panels;

/// <summary>
/// The delegates' board commands that arrive together are applied in one transaction and saved once (ADR 0065). The
/// board's group is held here by a command that waits, as a slow first transaction would hold it, and the commands
/// are sent one by one until each waits, so the group runs them in that order: an upvote taken back and given again,
/// an upvote given twice, a question asked and its retry must each see the board as the earlier ones left it, though
/// none of the group's rows is in the tables yet.
/// </summary>
public abstract class PanelGroupTests(DatabaseProvider provider) : IAsyncLifetime
{
    private PanelWorld _world = null!;

    public async Task InitializeAsync() => _world = await PanelWorld.StartAsync(provider, new Dictionary<string, string?>([SavesLogged.Setting]));

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task BoardCommandsArrivingTogether_AreSavedOnce_EachSeesTheBoardTheEarlierOnesLeft_EachChangeIsOneVersion()
    {
        var panel = _world.PanelId;
        var ken = await _world.DelegateAsync("KEN");
        var mex = await _world.DelegateAsync("MEX");
        var watcher = await _world.ObserverAsync();
        // A connection runs its calls one at a time: the later commands come from each delegation's other devices.
        var (mexTablet, mexPhone) = (await _world.DelegateAsync("MEX"), await _world.DelegateAsync("MEX"));
        var (usa, usaTablet) = (await _world.DelegateAsync("USA"), await _world.DelegateAsync("USA"));
        var kenTablet = await _world.DelegateAsync("KEN");
        var asked = await ken.AskAsync(panel, "How do we share early warnings across borders?");
        var question = asked.Question.Id;
        var upvoted = await mex.UpvoteAsync(panel, question);
        var start = upvoted.Version;

        var groups = _world.Host.Services.GetRequiredService<CommandGroups>();
        var aggregate = $"board:{panel}";
        var holder = await GroupHolder.HoldAsync(groups, aggregate);
        var secondQuestion = Guid.NewGuid();
        var sent = new List<Task>();
        // Sent one by one, each once the one before waits: the group runs them in this order.
        async Task<Task<T>> Queued<T>(Task<T> call)
        {
            sent.Add(call);
            var expected = sent.Count;
            await Agenda.EventuallyAsync(() => Task.FromResult(groups.Waiting(aggregate) == expected), TimeSpan.FromSeconds(10),
                $"command {expected} waits for the group");
            return call;
        }
        var withdraw = await Queued(mexTablet.InvokeAsync<VoteReceipt>("WithdrawUpvote", panel, question));
        var again = await Queued(mexPhone.UpvoteAsync(panel, question));
        var usaFirst = await Queued(usa.UpvoteAsync(panel, question));
        var usaTwice = await Queued(usaTablet.UpvoteAsync(panel, question));
        var second = await Queued(ken.AskAsync(panel, "Who keeps the shared evidence?", id: secondQuestion));
        var retry = await Queued(kenTablet.AskAsync(panel, "Who keeps the shared evidence?", id: secondQuestion));

        var savesBefore = Saves().Count;
        await holder.ReleaseAsync();
        await Task.WhenAll(sent);

        Assert.Equal((0, false, start + 1), ((await withdraw).Votes, (await withdraw).Upvoted, (await withdraw).Version));
        Assert.Equal((1, true, start + 2), ((await again).Votes, (await again).Upvoted, (await again).Version));
        Assert.Equal((2, true, start + 3), ((await usaFirst).Votes, (await usaFirst).Upvoted, (await usaFirst).Version));
        Assert.Equal((2, true, start + 3), ((await usaTwice).Votes, (await usaTwice).Upvoted, (await usaTwice).Version));
        Assert.Equal((secondQuestion, start + 4), ((await second).Question.Id, (await second).Version));
        Assert.Equal((secondQuestion, start + 4), ((await retry).Question.Id, (await retry).Version));
        // One save for the group: a vote deleted and one inserted with the same key, a vote, a question, four audit
        // entries, the board and the chain's head.
        Assert.Single(Saves().Skip(savesBefore));
        await watcher.QuestionChangeAsync(start + 4);
        Assert.Equal(Enumerable.Range(start + 1, 4), watcher.Events<QuestionChange>(nameof(IPanelClient.QuestionChanged))
            .Select(c => c.Version).Where(v => v > start));

        var mexId = await _world.PersonIdAsync(DemoLogins.Head("MEX"));
        var usaId = await _world.PersonIdAsync(DemoLogins.Head("USA"));
        var (voters, questions, version, verification) = await _world.Host.WithDbAsync(async db => (
            await db.QuestionBoards.Where(b => b.SessionId == panel).SelectMany(b => b.Questions).Where(q => q.Id == question)
                .SelectMany(q => q.Votes).Select(v => v.PersonId).ToListAsync(),
            await db.QuestionBoards.Where(b => b.SessionId == panel).SelectMany(b => b.Questions).CountAsync(),
            await db.QuestionBoards.Where(b => b.SessionId == panel).Select(b => b.Version).SingleAsync(),
            await new AuditVerifier(db).VerifyAsync()));
        Assert.Equal(new[] { mexId, usaId }.Order(StringComparer.Ordinal), voters.Order(StringComparer.Ordinal));
        Assert.Equal(2, questions);
        Assert.Equal(start + 4, version);
        Assert.True(verification.Intact, verification.FirstBreak?.Message);

        // The next commands, alone, read the group's rows from the tables.
        var later = await mex.UpvoteAsync(panel, question);
        Assert.Equal((2, true, start + 4), (later.Votes, later.Upvoted, later.Version));
        Assert.Equal(start + 4, (await kenTablet.AskAsync(panel, "Who keeps the shared evidence?", id: secondQuestion)).Version);
    }

    private List<string> Saves() => SavesLogged.Of(_world.Host);
}

public sealed class PanelGroupSqliteTests() : PanelGroupTests(DatabaseProvider.Sqlite);

public sealed class PanelGroupPostgresTests() : PanelGroupTests(DatabaseProvider.Postgres);
