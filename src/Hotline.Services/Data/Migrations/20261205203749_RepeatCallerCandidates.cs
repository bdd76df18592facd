using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class RepeatCallerCandidates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ADR 0039. The running clocks read whether the ticket is with the units from the assignment's copy of its
            // status (running_clocks.sql, ADR 0038), so the index that holds them states it and the view joins no ticket.
            migrationBuilder.DropIndex(
                name: "ix_assignments_running",
                table: "assignments");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_running",
                table: "assignments",
                column: "ticket_id",
                filter: "is_active AND resolved_at IS NULL AND ticket_status IN (2, 3, 4) AND (role = 1 OR assist_done_at IS NULL)")
                .Annotation("Npgsql:IndexInclude", new[] { "unit_id", "role", "dispatched_at", "clock", "clock_due_at" });
            migrationBuilder.Sql(Sql.SqlFile.Read("running_clocks"));
            // A clock's colour is decided in double precision unless it lies within a quarter of a millisecond of the
            // boundary (hotline_clock_warning.sql); the same colour for every clock, so Down keeps it.
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_clock_warning"));

            // Each caller's day keeps its next day with tickets too, so the repeat callers group only the callers with
            // three tickets or more (HotlineFigures.RepeatCallersAsync). The index is built again after the move.
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_phone_days_repeats;");
            migrationBuilder.Sql("ALTER TABLE phone_days ADD COLUMN IF NOT EXISTS next_day date;");
            migrationBuilder.Sql(Sql.SqlFile.ReadMove("phone_days_next_day"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_count_caller"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_rebuild_unit_figures"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_rebuild_unit_figures_prev_day"));
            migrationBuilder.Sql("ALTER TABLE phone_days DROP COLUMN IF EXISTS next_day;");
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_count_caller_backlog_indexes"));
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("running_clocks_dispatch_restart"));
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
    }
}
