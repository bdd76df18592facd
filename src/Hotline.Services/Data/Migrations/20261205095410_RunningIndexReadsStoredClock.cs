using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class RunningIndexReadsStoredClock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_assignments_running",
                table: "assignments");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_running",
                table: "assignments",
                column: "ticket_id",
                filter: "is_active AND resolved_at IS NULL AND (role = 1 OR assist_done_at IS NULL)")
                .Annotation("Npgsql:IndexInclude", new[] { "unit_id", "role", "dispatched_at", "clock", "clock_due_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_assignments_running",
                table: "assignments");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_running",
                table: "assignments",
                column: "ticket_id",
                filter: "is_active AND resolved_at IS NULL AND (role = 1 OR assist_done_at IS NULL)")
                .Annotation("Npgsql:IndexInclude", new[] { "unit_id", "role", "dispatched_at", "signed_for_at", "first_contact_at", "sign_for_due_at", "first_contact_due_at", "resolve_due_at" });
        }
    }
}
