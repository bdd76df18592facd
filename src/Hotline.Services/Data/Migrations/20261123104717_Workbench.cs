using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class Workbench : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_assignment_tickets_ticket_id",
                table: "assignment");

            migrationBuilder.DropForeignKey(
                name: "fk_assignment_units_unit_id",
                table: "assignment");

            migrationBuilder.DropPrimaryKey(
                name: "pk_assignment",
                table: "assignment");

            migrationBuilder.RenameTable(
                name: "assignment",
                newName: "assignments");

            migrationBuilder.RenameIndex(
                name: "ix_assignment_unit_id_is_active_sign_for_due_at",
                table: "assignments",
                newName: "ix_assignments_unit_id_is_active_sign_for_due_at");

            migrationBuilder.RenameIndex(
                name: "ix_assignment_ticket_id",
                table: "assignments",
                newName: "ix_assignments_ticket_id");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "callback_due_at",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cannot_solve_reason",
                table: "tickets",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "resolution_outcome",
                table: "tickets",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "resolution_text",
                table: "tickets",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "resolved_at",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "revision",
                table: "tickets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing tickets: one revision per timeline event so far.
            migrationBuilder.Sql("UPDATE tickets t SET revision = (SELECT count(*) FROM ticket_events e WHERE e.ticket_id = t.id);");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "assist_done_at",
                table: "assignments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "extension_count",
                table: "assignments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "return_decided_at",
                table: "assignments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "return_reason",
                table: "assignments",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "return_requested_at",
                table: "assignments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "return_status",
                table: "assignments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "warning",
                table: "assignments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddPrimaryKey(
                name: "pk_assignments",
                table: "assignments",
                column: "id");

            migrationBuilder.CreateTable(
                name: "attachments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ticket_id = table.Column<long>(type: "bigint", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: true),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_attachments_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_attachments_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "extension_requests",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ticket_id = table.Column<long>(type: "bigint", nullable: false),
                    assignment_id = table.Column<long>(type: "bigint", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    requested_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    proposed_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    previous_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    decided_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_extension_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_extension_requests_assignments_assignment_id",
                        column: x => x.assignment_id,
                        principalTable: "assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_extension_requests_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_extension_requests_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    ticket_number = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    detail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_notifications_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attachments_ticket_id",
                table: "attachments",
                column: "ticket_id");

            migrationBuilder.CreateIndex(
                name: "ix_attachments_unit_id",
                table: "attachments",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_extension_requests_assignment_id",
                table: "extension_requests",
                column: "assignment_id");

            migrationBuilder.CreateIndex(
                name: "ix_extension_requests_status_requested_at",
                table: "extension_requests",
                columns: new[] { "status", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_extension_requests_ticket_id",
                table: "extension_requests",
                column: "ticket_id");

            migrationBuilder.CreateIndex(
                name: "ix_extension_requests_unit_id",
                table: "extension_requests",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_read_at_created_at",
                table: "notifications",
                columns: new[] { "user_id", "read_at", "created_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_assignments_tickets_ticket_id",
                table: "assignments",
                column: "ticket_id",
                principalTable: "tickets",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_assignments_units_unit_id",
                table: "assignments",
                column: "unit_id",
                principalTable: "units",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_assignments_tickets_ticket_id",
                table: "assignments");

            migrationBuilder.DropForeignKey(
                name: "fk_assignments_units_unit_id",
                table: "assignments");

            migrationBuilder.DropTable(
                name: "attachments");

            migrationBuilder.DropTable(
                name: "extension_requests");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropPrimaryKey(
                name: "pk_assignments",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "callback_due_at",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "cannot_solve_reason",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "resolution_outcome",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "resolution_text",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "resolved_at",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "assist_done_at",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "extension_count",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "return_decided_at",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "return_reason",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "return_requested_at",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "return_status",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "warning",
                table: "assignments");

            migrationBuilder.RenameTable(
                name: "assignments",
                newName: "assignment");

            migrationBuilder.RenameIndex(
                name: "ix_assignments_unit_id_is_active_sign_for_due_at",
                table: "assignment",
                newName: "ix_assignment_unit_id_is_active_sign_for_due_at");

            migrationBuilder.RenameIndex(
                name: "ix_assignments_ticket_id",
                table: "assignment",
                newName: "ix_assignment_ticket_id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_assignment",
                table: "assignment",
                column: "id");

            migrationBuilder.AddForeignKey(
                name: "fk_assignment_tickets_ticket_id",
                table: "assignment",
                column: "ticket_id",
                principalTable: "tickets",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_assignment_units_unit_id",
                table: "assignment",
                column: "unit_id",
                principalTable: "units",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
