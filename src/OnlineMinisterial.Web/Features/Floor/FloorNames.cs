using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>The names a floor view shows: the conference's delegations and the people who spoke.</summary>
internal sealed record FloorNames(IReadOnlyDictionary<Guid, DelegationRef> Delegations, IReadOnlyDictionary<string, string> People)
{
    public DelegationRef Delegation(Guid id) =>
        Delegations.TryGetValue(id, out var delegation) ? delegation : new DelegationRef(id, "", "");

    public string? Person(string? id) => id is not null && People.TryGetValue(id, out var name) ? name : null;

    /// <summary>All delegations (a conference has tens, one small query) and the names of the given speeches' speakers.</summary>
    /// <remarks>A group's later commands (one transaction, <see cref="CommandGroups"/>) reuse the delegations the first read.</remarks>
    public static async Task<FloorNames> LoadAsync(AppDbContext db, Guid conferenceId, IEnumerable<Speech> speeches, CancellationToken ct)
    {
        var delegations = await db.HeldOrReadAsync($"delegation-names:{conferenceId}", () => db.Delegations.AsNoTracking()
            .Where(d => d.ConferenceId == conferenceId)
            .Select(d => new DelegationRef(d.Id, d.Code, d.Name))
            .ToDictionaryAsync(d => d.Id, ct));
        var personIds = speeches.Select(s => s.PersonId).OfType<string>().Distinct().ToList();
        var people = personIds.Count == 0
            ? new Dictionary<string, string>()
            : await db.Users.AsNoTracking().Where(u => personIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return new FloorNames(delegations, people);
    }
}
