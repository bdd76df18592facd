using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReviewReturnsRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Review-returns per unit in the rollup (docs/decisions/0028-reply-review.md, ADR 0023): one more counter in
            // unit_days and its deltas (a database created since holds it from migration UnitFigureRollups), so every
            // function whose rows fill them is applied again, and the figures are rebuilt here.
            migrationBuilder.Sql("""
                ALTER TABLE unit_days ADD COLUMN IF NOT EXISTS review_returns integer NOT NULL DEFAULT 0;
                ALTER TABLE unit_day_deltas ADD COLUMN IF NOT EXISTS review_returns integer NOT NULL DEFAULT 0;
                """);
            foreach (var file in RollupFiles)
            {
                // As they stood then: AppealsAndRankingVersions (ADR 0031) applies the current files, which read its columns.
                migrationBuilder.Sql(Sql.SqlFile.ReadPinned(file));
            }

            migrationBuilder.Sql("SELECT hotline_rebuild_unit_figures();");
        }

        private static readonly string[] RollupFiles =
        [
            "hotline_assignment_figures", "hotline_callback_figures", "hotline_extension_figures", "hotline_dispatch_figures",
            "unit_figures", "hotline_fold_unit_figures", "hotline_rebuild_unit_figures",
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The view reads the new column: it goes first and comes back without it only with the older files.
            migrationBuilder.Sql("""
                DROP VIEW unit_figures;
                ALTER TABLE unit_day_deltas DROP COLUMN review_returns;
                ALTER TABLE unit_days DROP COLUMN review_returns;
                """);
        }
    }
}
