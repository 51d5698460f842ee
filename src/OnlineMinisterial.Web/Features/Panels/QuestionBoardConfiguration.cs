using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Panels;

internal sealed class QuestionBoardConfiguration : IEntityTypeConfiguration<QuestionBoard>
{
    public void Configure(EntityTypeBuilder<QuestionBoard> b)
    {
        b.ToTable("QuestionBoards");
        b.HasKey(x => x.SessionId);
        b.Property(x => x.SessionId).ValueGeneratedNever();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Session>().WithOne().HasForeignKey<QuestionBoard>(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);

        // The aggregate exposes ordered copies; EF reads and writes the list behind them.
        b.HasMany(x => x.Questions).WithOne().HasForeignKey(QuestionConfiguration.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Questions).HasField("_questions").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.Pinned);
    }
}

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    /// <summary>The owning board's key, kept out of the domain type (a question never leaves its board).</summary>
    public const string SessionId = "SessionId";

    /// <summary>Room for a configured length above the default 500 characters.</summary>
    public const int MaxTextLength = 2000;

    public void Configure(EntityTypeBuilder<Question> b)
    {
        b.ToTable("Questions");
        b.HasKey(x => x.Id);
        // The client chooses the id (a retry sends the same one); without this EF would take a new question for an existing row.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property<Guid>(SessionId);
        b.Property(x => x.AuthorId).HasMaxLength(450);
        b.Property(x => x.AddressedToId).HasMaxLength(450);
        b.Property(x => x.Text).HasMaxLength(MaxTextLength);
        b.Ignore(x => x.VoteCount);
        b.Ignore(x => x.IsPublic);
        b.HasIndex(SessionId, nameof(Question.AuthorId), nameof(Question.SubmittedAt));
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Delegation>().WithMany().HasForeignKey(x => x.AuthorDelegationId).OnDelete(DeleteBehavior.Restrict);

        b.HasMany(x => x.Votes).WithOne().HasForeignKey(QuestionVoteConfiguration.QuestionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Votes).HasField("_votes").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class QuestionVoteConfiguration : IEntityTypeConfiguration<QuestionVote>
{
    public const string QuestionId = "QuestionId";

    public void Configure(EntityTypeBuilder<QuestionVote> b)
    {
        b.ToTable("QuestionVotes");
        b.Property<Guid>(QuestionId);
        // One upvote per person and question, enforced by the database as well as by the board.
        b.HasKey(QuestionId, nameof(QuestionVote.PersonId));
        b.Property(x => x.PersonId).HasMaxLength(450);
    }
}
