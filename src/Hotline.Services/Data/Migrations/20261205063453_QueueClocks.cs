using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class QueueClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The stored clock of each assignment (ADR 0033): both columns in one ALTER, so the table is rewritten once.
            migrationBuilder.DropIndex(
                name: "ix_assignments_open_by_unit",
                table: "assignments");
            migrationBuilder.Sql($"""
                ALTER TABLE assignments
                    ADD COLUMN clock integer NOT NULL GENERATED ALWAYS AS (
                {Sql.SqlFile.ReadColumn("assignment_clock")}) STORED,
                    ADD COLUMN clock_due_at timestamp with time zone NOT NULL GENERATED ALWAYS AS (
                {Sql.SqlFile.ReadColumn("assignment_clock_due_at")}) STORED;
                """);
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("queue_indexes"));
            // The view as this migration left it (pinned): the current file also reads a later migration's column.
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("running_clocks_stored_clock"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The view as it stood before, which reads neither column, then the columns (their index goes with them).
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("running_clocks"));
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_tickets_with_units; DROP INDEX IF EXISTS ix_tickets_dispatch_queue;");
            migrationBuilder.DropColumn(
                name: "clock",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "clock_due_at",
                table: "assignments");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_open_by_unit",
                table: "assignments",
                column: "unit_id",
                filter: "is_active AND resolved_at IS NULL AND assist_done_at IS NULL");
        }
    }
}
