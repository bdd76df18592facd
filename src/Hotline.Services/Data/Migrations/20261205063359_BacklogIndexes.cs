using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class BacklogIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The dashboard's backlog reads the open tickets and the running clocks from these two small partial indexes
            // (HotlineFigures.BacklogAsync); the repeat-caller trigger's function does fewer statements per ticket
            // (docs/performance.md, "10M dashboard and intake, part 2").
            migrationBuilder.CreateIndex(
                name: "ix_tickets_open_by_lead_unit",
                table: "tickets",
                columns: new[] { "status", "lead_unit_id" },
                filter: "status IN (1, 2, 3, 4, 5, 9)")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "registered_at", "dispatch_due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_running",
                table: "assignments",
                column: "ticket_id",
                filter: "is_active AND resolved_at IS NULL AND (role = 1 OR assist_done_at IS NULL)")
                .Annotation("Npgsql:IndexInclude", new[] { "unit_id", "role", "dispatched_at", "signed_for_at", "first_contact_at", "sign_for_due_at", "first_contact_due_at", "resolve_due_at" });

            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_count_caller_backlog_indexes"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_count_caller_repeat_days"));
            migrationBuilder.DropIndex(
                name: "ix_tickets_open_by_lead_unit",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_assignments_running",
                table: "assignments");
        }
    }
}
