using OnlineMinisterial.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Voting;

internal sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> b)
    {
        b.ToTable("Polls");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Question).HasMaxLength(TextLimits.PollQuestion);
        // What a question without its own text is worded from, as the subject was at the poll's creation.
        b.ComplexProperty(x => x.Wording, w =>
        {
            w.Property(x => x.DeclarationTitle).HasMaxLength(TextLimits.DeclarationTitle);
            w.Property(x => x.ProposerCode).HasMaxLength(16);
            w.Property(x => x.ProposerName).HasMaxLength(TextLimits.DelegationName);
            w.Property(x => x.AmendmentKind).HasConversion<string>().HasMaxLength(16);
            w.Property(x => x.ParagraphLabel).HasMaxLength(16);
        });
        b.Ignore(x => x.Label);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.ComplexProperty(x => x.Quorum, q => q.Property(x => x.Value).HasPrecision(9, 4));
        b.HasIndex(x => new { x.ConferenceId, x.CreatedAt });
        b.HasIndex(x => new { x.SubjectKind, x.SubjectId });
        b.HasOne<Domain.Conference.Conference>().WithMany().HasForeignKey(x => x.ConferenceId);

        // The voting delegations fixed at open: read and written only with the poll, so one JSON column.
        b.HasIdList(x => x.EligibleDelegationIds, "_eligibleDelegationIds", "EligibleDelegationIds");

        // What the secretariat planned at creation and the domain applies at open (see PollPlan).
        b.Property<DateTimeOffset?>(PollPlan.DeadlineColumn);
        b.Property<bool>(PollPlan.RollCallColumn);

        // A poll is always loaded whole: the domain counts and checks over all of its children.
        b.HasChildren(x => x.Participations, "_participations", "PollId");
        b.HasChildren(x => x.Casts, "_casts", "PollId");
        b.HasChildren(x => x.SecretBallots, "_secretBallots", "PollId");
        b.HasChildren(x => x.RollCallOrder, "_rollCall", "PollId");

        // Computed from the children; never stored.
        b.Ignore(x => x.Turnout);
        b.Ignore(x => x.NotYetVoted);
        b.Ignore(x => x.Result);
        b.Ignore(x => x.NextInRollCall);
    }
}
