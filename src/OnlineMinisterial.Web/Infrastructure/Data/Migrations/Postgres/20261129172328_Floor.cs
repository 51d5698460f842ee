using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OnlineMinisterial.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Floor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SpeakerLists",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsClosed = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    GroupStatementLimitTicks = table.Column<long>(type: "bigint", nullable: true),
                    PointOfOrderLimitTicks = table.Column<long>(type: "bigint", nullable: true),
                    RightOfReplyLimitTicks = table.Column<long>(type: "bigint", nullable: true),
                    StatementLimitTicks = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpeakerLists", x => x.SessionId);
                    table.ForeignKey(
                        name: "FK_SpeakerLists_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FloorRequestKeys",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    DelegationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FloorRequestKeys", x => new { x.SessionId, x.DelegationId, x.Key });
                    table.ForeignKey(
                        name: "FK_FloorRequestKeys_SpeakerLists_SessionId",
                        column: x => x.SessionId,
                        principalTable: "SpeakerLists",
                        principalColumn: "SessionId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FloorRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DelegationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OnBehalfOfGroup = table.Column<bool>(type: "boolean", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PersonId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FloorRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FloorRequests_Delegations_DelegationId",
                        column: x => x.DelegationId,
                        principalTable: "Delegations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FloorRequests_SpeakerLists_SessionId",
                        column: x => x.SessionId,
                        principalTable: "SpeakerLists",
                        principalColumn: "SessionId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Speeches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    DelegationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PausedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TotalPausedTicks = table.Column<long>(type: "bigint", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Speeches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Speeches_Delegations_DelegationId",
                        column: x => x.DelegationId,
                        principalTable: "Delegations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Speeches_SpeakerLists_SessionId",
                        column: x => x.SessionId,
                        principalTable: "SpeakerLists",
                        principalColumn: "SessionId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FloorRequests_DelegationId",
                table: "FloorRequests",
                column: "DelegationId");

            migrationBuilder.CreateIndex(
                name: "IX_FloorRequests_SessionId_State",
                table: "FloorRequests",
                columns: new[] { "SessionId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Speeches_DelegationId",
                table: "Speeches",
                column: "DelegationId");

            migrationBuilder.CreateIndex(
                name: "IX_Speeches_RequestId",
                table: "Speeches",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Speeches_SessionId_StartedAt",
                table: "Speeches",
                columns: new[] { "SessionId", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FloorRequestKeys");

            migrationBuilder.DropTable(
                name: "FloorRequests");

            migrationBuilder.DropTable(
                name: "Speeches");

            migrationBuilder.DropTable(
                name: "SpeakerLists");
        }
    }
}
