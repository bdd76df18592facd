using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReplyReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "reply_flags",
                table: "tickets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "review_due_at",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "submitted_for_review_at",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "review_returns",
                table: "assignments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "review_policies",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    request_type = table.Column<int>(type: "integer", nullable: false),
                    always = table.Column<bool>(type: "boolean", nullable: false),
                    when_supervised = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    limit_amount = table.Column<int>(type: "integer", nullable: false),
                    limit_unit = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_policies", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tickets_under_review",
                table: "tickets",
                column: "review_due_at",
                filter: "status = 9");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_events_unit_replies",
                table: "ticket_events",
                columns: new[] { "unit_id", "at" },
                descending: new[] { false, true },
                filter: "action IN (12, 30)");

            migrationBuilder.CreateIndex(
                name: "ix_review_policies_request_type",
                table: "review_policies",
                column: "request_type",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "review_policies");

            migrationBuilder.DropIndex(
                name: "ix_tickets_under_review",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_ticket_events_unit_replies",
                table: "ticket_events");

            migrationBuilder.DropColumn(
                name: "reply_flags",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "review_due_at",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "submitted_for_review_at",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "review_returns",
                table: "assignments");
        }
    }
}
