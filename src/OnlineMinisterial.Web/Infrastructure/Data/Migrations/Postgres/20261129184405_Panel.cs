using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OnlineMinisterial.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Panel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FloorRequests_Delegations_DelegationId",
                table: "FloorRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_Speeches_Delegations_DelegationId",
                table: "Speeches");

            migrationBuilder.CreateTable(
                name: "PanelGuests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    InvitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelGuests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelGuests_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelGuests_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelStages",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelStages", x => x.SessionId);
                    table.ForeignKey(
                        name: "FK_PanelStages_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuestionBoards",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PreModeration = table.Column<bool>(type: "boolean", nullable: false),
                    PinnedQuestionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionBoards", x => x.SessionId);
                    table.ForeignKey(
                        name: "FK_QuestionBoards_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Panelists",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DelegationId = table.Column<Guid>(type: "uuid", nullable: true),
                    GuestId = table.Column<Guid>(type: "uuid", nullable: true),
                    OnStageSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Panelists", x => new { x.SessionId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_Panelists_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Panelists_Delegations_DelegationId",
                        column: x => x.DelegationId,
                        principalTable: "Delegations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Panelists_PanelStages_SessionId",
                        column: x => x.SessionId,
                        principalTable: "PanelStages",
                        principalColumn: "SessionId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorDelegationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AddressedToId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DismissedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Questions_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Questions_Delegations_AuthorDelegationId",
                        column: x => x.AuthorDelegationId,
                        principalTable: "Delegations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Questions_QuestionBoards_SessionId",
                        column: x => x.SessionId,
                        principalTable: "QuestionBoards",
                        principalColumn: "SessionId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuestionVotes",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    QuestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    VotedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionVotes", x => new { x.QuestionId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_QuestionVotes_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PanelGuests_PersonId",
                table: "PanelGuests",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelGuests_SessionId_PersonId",
                table: "PanelGuests",
                columns: new[] { "SessionId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Panelists_DelegationId",
                table: "Panelists",
                column: "DelegationId");

            migrationBuilder.CreateIndex(
                name: "IX_Panelists_GuestId",
                table: "Panelists",
                column: "GuestId");

            migrationBuilder.CreateIndex(
                name: "IX_Panelists_PersonId",
                table: "Panelists",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_AuthorDelegationId",
                table: "Questions",
                column: "AuthorDelegationId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_AuthorId",
                table: "Questions",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_SessionId_AuthorId_SubmittedAt",
                table: "Questions",
                columns: new[] { "SessionId", "AuthorId", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PanelGuests");

            migrationBuilder.DropTable(
                name: "Panelists");

            migrationBuilder.DropTable(
                name: "QuestionVotes");

            migrationBuilder.DropTable(
                name: "PanelStages");

            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropTable(
                name: "QuestionBoards");

            migrationBuilder.AddForeignKey(
                name: "FK_FloorRequests_Delegations_DelegationId",
                table: "FloorRequests",
                column: "DelegationId",
                principalTable: "Delegations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Speeches_Delegations_DelegationId",
                table: "Speeches",
                column: "DelegationId",
                principalTable: "Delegations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
