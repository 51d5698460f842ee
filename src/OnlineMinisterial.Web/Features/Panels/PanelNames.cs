using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>The names a panel view shows: the conference's delegations and the people the questions and stage mention.</summary>
internal sealed record PanelNames(IReadOnlyDictionary<Guid, DelegationRef> Delegations, IReadOnlyDictionary<string, string> People)
{
    public DelegationRef Delegation(Guid id) =>
        Delegations.TryGetValue(id, out var delegation) ? delegation : new DelegationRef(id, "", "");

    public string Person(string id) => People.TryGetValue(id, out var name) ? name : "";

    /// <remarks>
    /// A group's later commands (one transaction, <see cref="CommandGroups"/>) reuse the delegations and the people the
    /// earlier ones read, and read only the people not read yet.
    /// </remarks>
    public static async Task<PanelNames> LoadAsync(AppDbContext db, Guid conferenceId, IEnumerable<string> personIds, CancellationToken ct)
    {
        var delegations = await db.HeldOrReadAsync($"panel-delegations:{conferenceId}", () => db.Delegations.AsNoTracking()
            .Where(d => d.ConferenceId == conferenceId)
            .Select(d => new DelegationRef(d.Id, d.Code, d.Name))
            .ToDictionaryAsync(d => d.Id, ct));
        var people = db.HeldOr(PeopleKey, () => new Dictionary<string, string>());
        var missing = personIds.Where(id => !people.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
            foreach (var (id, name) in await db.Users.AsNoTracking().Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName })
                         .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct))
                people[id] = name;
        return new PanelNames(delegations, new Dictionary<string, string>(people));
    }

    private const string PeopleKey = "panel-people";

    /// <summary>Everyone a board or stage view may name: authors, addressed panelists and panelists.</summary>
    public static IEnumerable<string> Of(IEnumerable<Question> questions, PanelStage? stage) =>
        questions.SelectMany(q => q.AddressedToId is { } to ? new[] { q.AuthorId, to } : [q.AuthorId])
            .Concat(stage?.Panelists.Select(p => p.PersonId) ?? []);
}
