using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class PhoneRepeatDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The repeat callers read only the caller days that make a repeat (docs/decisions/0023-unit-figure-rollups.md):
            // each day keeps the caller's previous day with tickets (a database created since holds the column from
            // migration UnitFigureRollups). The rebuilds are applied again (they now write their rows in day order), the
            // existing days get their previous day in a one-off move, and the trigger's function and index follow.
            migrationBuilder.Sql("ALTER TABLE phone_days ADD COLUMN IF NOT EXISTS prev_day date;");
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_rebuild_figures"));
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_rebuild_unit_figures_prev_day"));
            migrationBuilder.Sql(Sql.SqlFile.ReadMove("phone_days_prev_day"));
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_count_caller_backlog_indexes"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The trigger function goes back to its definition before this migration (a pinned copy): the current one
            // writes prev_day, so dropping the column under it would make every ticket insert fail. The column stays,
            // unread: the current rebuild file, which later migrations apply, still fills it.
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_phone_days_repeats;");
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_count_caller"));
        }
    }
}
