using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class Dispatch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "dispatched_at",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "duplicate_count",
                table: "tickets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "master_ticket_id",
                table: "tickets",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "assignment",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ticket_id = table.Column<long>(type: "bigint", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<int>(type: "integer", nullable: false),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    dispatched_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    instruction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    sign_for_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    first_contact_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolve_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    signed_for_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    first_contact_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignment", x => x.id);
                    table.ForeignKey(
                        name: "fk_assignment_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assignment_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tickets_master_ticket_id",
                table: "tickets",
                column: "master_ticket_id");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_status_dispatch_due_at",
                table: "tickets",
                columns: new[] { "status", "dispatch_due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assignment_ticket_id",
                table: "assignment",
                column: "ticket_id");

            migrationBuilder.CreateIndex(
                name: "ix_assignment_unit_id_is_active_sign_for_due_at",
                table: "assignment",
                columns: new[] { "unit_id", "is_active", "sign_for_due_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_tickets_tickets_master_ticket_id",
                table: "tickets",
                column: "master_ticket_id",
                principalTable: "tickets",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_tickets_tickets_master_ticket_id",
                table: "tickets");

            migrationBuilder.DropTable(
                name: "assignment");

            migrationBuilder.DropIndex(
                name: "ix_tickets_master_ticket_id",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_status_dispatch_due_at",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "dispatched_at",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "duplicate_count",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "master_ticket_id",
                table: "tickets");
        }
    }
}
