using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class FollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "awaiting_callback",
                table: "tickets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "closure_reason",
                table: "tickets",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_callback_sample",
                table: "tickets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "reopen_count",
                table: "tickets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "supervised_at",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "supervision",
                table: "tickets",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "supervision_note",
                table: "tickets",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "callbacks",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ticket_id = table.Column<long>(type: "bigint", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: true),
                    is_sample = table.Column<bool>(type: "boolean", nullable: false),
                    attempted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    local_date = table.Column<DateOnly>(type: "date", nullable: false),
                    agent_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    agent_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    reached = table.Column<bool>(type: "boolean", nullable: false),
                    satisfaction = table.Column<int>(type: "integer", nullable: true),
                    solved = table.Column<bool>(type: "boolean", nullable: true),
                    citizen_words = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    reopened = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_callbacks", x => x.id);
                    table.ForeignKey(
                        name: "fk_callbacks_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_callbacks_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Tickets resolved before callbacks existed wait for one; direct answers are closed by their answer.
            migrationBuilder.Sql("UPDATE tickets SET awaiting_callback = TRUE WHERE status = 5;");
            migrationBuilder.Sql("UPDATE tickets SET closure_reason = 1 WHERE is_directly_answered;");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_awaiting_callback",
                table: "tickets",
                column: "callback_due_at",
                filter: "awaiting_callback");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_reopened",
                table: "tickets",
                column: "reopen_count",
                filter: "reopen_count > 0");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_supervised",
                table: "tickets",
                column: "supervised_at",
                filter: "supervision IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_callbacks_attempted_at",
                table: "callbacks",
                column: "attempted_at");

            migrationBuilder.CreateIndex(
                name: "ix_callbacks_ticket_id",
                table: "callbacks",
                column: "ticket_id");

            migrationBuilder.CreateIndex(
                name: "ix_callbacks_unit_id_attempted_at",
                table: "callbacks",
                columns: new[] { "unit_id", "attempted_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "callbacks");

            migrationBuilder.DropIndex(
                name: "ix_tickets_awaiting_callback",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_reopened",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_supervised",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "awaiting_callback",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "closure_reason",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "is_callback_sample",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "reopen_count",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "supervised_at",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "supervision",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "supervision_note",
                table: "tickets");
        }
    }
}
