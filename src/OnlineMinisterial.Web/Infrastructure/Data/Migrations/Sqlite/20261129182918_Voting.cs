using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OnlineMinisterial.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Voting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Declarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdoptedVersionNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    AdoptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AdoptedBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AdoptionPollId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConferenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AmendmentsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportingDelegationIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Declarations_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Polls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConferenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PresentAtOpen = table.Column<int>(type: "INTEGER", nullable: true),
                    PresentAtClose = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedDeadline = table.Column<long>(type: "INTEGER", nullable: true),
                    RollCall = table.Column<bool>(type: "INTEGER", nullable: false),
                    EligibleDelegationIds = table.Column<string>(type: "TEXT", nullable: false),
                    Quorum_Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Quorum_Value = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Polls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Polls_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Amendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParagraphId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParagraphLabel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BasedOnVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ProposerDelegationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PollId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Amendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Amendments_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationDraftParagraphs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationDraftParagraphs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationDraftParagraphs_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationStatements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DelegationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    AttachedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationStatements_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationVersions_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SilenceProcedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CirculatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VotingDelegationIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SilenceProcedures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SilenceProcedures_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PollCasts",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    PollId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DelegationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Choice = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CastAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReceiptId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PollCasts", x => new { x.PollId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_PollCasts_Polls_PollId",
                        column: x => x.PollId,
                        principalTable: "Polls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PollParticipations",
                columns: table => new
                {
                    DelegationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PollId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstCastAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastCastAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SecretBallotId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PollParticipations", x => new { x.PollId, x.DelegationId });
                    table.ForeignKey(
                        name: "FK_PollParticipations_Polls_PollId",
                        column: x => x.PollId,
                        principalTable: "Polls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PollRollCall",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    PollId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DelegationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PollRollCall", x => new { x.PollId, x.Position });
                    table.ForeignKey(
                        name: "FK_PollRollCall_Polls_PollId",
                        column: x => x.PollId,
                        principalTable: "Polls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PollSecretBallots",
                columns: table => new
                {
                    BallotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Choice = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PollId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PollSecretBallots", x => x.BallotId);
                    table.ForeignKey(
                        name: "FK_PollSecretBallots_Polls_PollId",
                        column: x => x.PollId,
                        principalTable: "Polls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AmendmentCoSponsors",
                columns: table => new
                {
                    DelegationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmendmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AmendmentCoSponsors", x => new { x.AmendmentId, x.DelegationId });
                    table.ForeignKey(
                        name: "FK_AmendmentCoSponsors_Amendments_AmendmentId",
                        column: x => x.AmendmentId,
                        principalTable: "Amendments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationVersionParagraphs",
                columns: table => new
                {
                    ParagraphId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationVersionParagraphs", x => new { x.VersionId, x.ParagraphId });
                    table.ForeignKey(
                        name: "FK_DeclarationVersionParagraphs_DeclarationVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "DeclarationVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SilenceBreaks",
                columns: table => new
                {
                    DelegationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SilenceBreaks", x => new { x.ProcedureId, x.DelegationId });
                    table.ForeignKey(
                        name: "FK_SilenceBreaks_SilenceProcedures_ProcedureId",
                        column: x => x.ProcedureId,
                        principalTable: "SilenceProcedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Amendments_DeclarationId_ProposedAt",
                table: "Amendments",
                columns: new[] { "DeclarationId", "ProposedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationDraftParagraphs_DeclarationId",
                table: "DeclarationDraftParagraphs",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_ConferenceId",
                table: "Declarations",
                column: "ConferenceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationStatements_DeclarationId_DelegationId_Kind",
                table: "DeclarationStatements",
                columns: new[] { "DeclarationId", "DelegationId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationVersions_DeclarationId_Number",
                table: "DeclarationVersions",
                columns: new[] { "DeclarationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PollCasts_PollId_DelegationId_IdempotencyKey",
                table: "PollCasts",
                columns: new[] { "PollId", "DelegationId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PollCasts_ReceiptId",
                table: "PollCasts",
                column: "ReceiptId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Polls_ConferenceId_CreatedAt",
                table: "Polls",
                columns: new[] { "ConferenceId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Polls_SubjectKind_SubjectId",
                table: "Polls",
                columns: new[] { "SubjectKind", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_PollSecretBallots_PollId",
                table: "PollSecretBallots",
                column: "PollId");

            migrationBuilder.CreateIndex(
                name: "IX_SilenceProcedures_DeclarationId",
                table: "SilenceProcedures",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_SilenceProcedures_Outcome_Deadline",
                table: "SilenceProcedures",
                columns: new[] { "Outcome", "Deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AmendmentCoSponsors");

            migrationBuilder.DropTable(
                name: "DeclarationDraftParagraphs");

            migrationBuilder.DropTable(
                name: "DeclarationStatements");

            migrationBuilder.DropTable(
                name: "DeclarationVersionParagraphs");

            migrationBuilder.DropTable(
                name: "PollCasts");

            migrationBuilder.DropTable(
                name: "PollParticipations");

            migrationBuilder.DropTable(
                name: "PollRollCall");

            migrationBuilder.DropTable(
                name: "PollSecretBallots");

            migrationBuilder.DropTable(
                name: "SilenceBreaks");

            migrationBuilder.DropTable(
                name: "Amendments");

            migrationBuilder.DropTable(
                name: "DeclarationVersions");

            migrationBuilder.DropTable(
                name: "Polls");

            migrationBuilder.DropTable(
                name: "SilenceProcedures");

            migrationBuilder.DropTable(
                name: "Declarations");
        }
    }
}
