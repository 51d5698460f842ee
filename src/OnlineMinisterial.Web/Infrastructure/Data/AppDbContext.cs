using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Features.Accreditation;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Features.Calendar;
using OnlineMinisterial.Web.Features.Floor;
using OnlineMinisterial.Web.Features.Notifications;
using OnlineMinisterial.Web.Features.Presence;
using OnlineMinisterial.Web.Infrastructure.Audit;

namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>
/// The one EF Core model. Each database provider has a subclass only so that it can carry its own migration set
/// (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>, <see cref="SqlServerAppDbContext"/>).
/// </summary>
public abstract partial class AppDbContext(DbContextOptions options) : IdentityDbContext<Person, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>Shared data-protection keys: a cookie issued by one node is read by every other node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Conference> Conferences => Set<Conference>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<PresenceConnection> PresenceConnections => Set<PresenceConnection>();
    public DbSet<ServerNode> ServerNodes => Set<ServerNode>();
    public DbSet<PresenceCounter> PresenceCounters => Set<PresenceCounter>();
    public DbSet<ScheduledTransition> ScheduledTransitions => Set<ScheduledTransition>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<SpeakerList> SpeakerLists => Set<SpeakerList>();
    public DbSet<Speech> Speeches => Set<Speech>();
    public DbSet<FloorRequestKey> FloorRequestKeys => Set<FloorRequestKey>();
    public DbSet<Poll> Polls => Set<Poll>();
    public DbSet<Declaration> Declarations => Set<Declaration>();
    public DbSet<Amendment> Amendments => Set<Amendment>();
    public DbSet<QuestionBoard> QuestionBoards => Set<QuestionBoard>();
    public DbSet<PanelStage> PanelStages => Set<PanelStage>();
    public DbSet<PanelGuest> PanelGuests => Set<PanelGuest>();
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<AccessLink> AccessLinks => Set<AccessLink>();
    public DbSet<CredentialsLetter> CredentialsLetters => Set<CredentialsLetter>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as strings: readable in the database and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
