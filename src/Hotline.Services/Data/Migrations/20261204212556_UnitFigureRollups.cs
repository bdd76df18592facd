using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class UnitFigureRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_assignments_lead_resolve_due_at",
                table: "assignments",
                column: "resolve_due_at",
                filter: "role = 1")
                .Annotation("Npgsql:IndexInclude", new[] { "unit_id", "resolved_at", "is_active" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_lead_uncontacted",
                table: "assignments",
                column: "first_contact_due_at",
                filter: "role = 1 AND first_contact_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_lead_unsigned",
                table: "assignments",
                column: "sign_for_due_at",
                filter: "role = 1 AND signed_for_at IS NULL");

            // Every figure a dashboard or the ranking shows, per unit and local day, and tickets per caller and day
            // (docs/decisions/0023-unit-figure-rollups.md). Triggers append delta rows (no row lock between writers);
            // the app folds them into unit_days every few seconds; readers read both through the view unit_figures.
            // unit_id NULL holds the facts of no unit. Counters may dip below zero in a delta row, never in a sum.
            migrationBuilder.Sql("""
                CREATE TABLE unit_days (
                    day date NOT NULL,
                    unit_id integer,
                    dispatched integer NOT NULL DEFAULT 0,
                    signed_on_time integer NOT NULL DEFAULT 0,
                    contacted_on_time integer NOT NULL DEFAULT 0,
                    fell_due integer NOT NULL DEFAULT 0,
                    resolved_on_time integer NOT NULL DEFAULT 0,
                    resolved integer NOT NULL DEFAULT 0,
                    handling_seconds numeric NOT NULL DEFAULT 0,
                    returns integer NOT NULL DEFAULT 0,
                    extensions integer NOT NULL DEFAULT 0,
                    reached integer NOT NULL DEFAULT 0,
                    satisfied integer NOT NULL DEFAULT 0,
                    solved integer NOT NULL DEFAULT 0,
                    tickets_dispatched integer NOT NULL DEFAULT 0,
                    dispatched_in_time integer NOT NULL DEFAULT 0,
                    -- Added by migration ReviewReturnsRollup (ADR 0028); here too, because the files applied below are the current ones.
                    review_returns integer NOT NULL DEFAULT 0);
                CREATE UNIQUE INDEX ux_unit_days_day_unit ON unit_days (day, unit_id) NULLS NOT DISTINCT;

                CREATE TABLE unit_day_deltas (LIKE unit_days INCLUDING DEFAULTS);

                CREATE TABLE phone_days (
                    day date NOT NULL,
                    phone text NOT NULL,
                    tickets integer NOT NULL,
                    last_at timestamptz,
                    -- Added by migration PhoneRepeatDays; here too, because the files applied below are the current ones.
                    prev_day date,
                    PRIMARY KEY (day, phone));
                """);
            // The rollup's definitions as they stood before migration AppealsAndRankingVersions (ADR 0031), which applies
            // the current files. Otherwise the files are the current definitions (ADR 0019): hotline_assignment_figures reads assignments.review_returns,
            // which migration ReplyReview adds: its body is checked when it runs, and ReviewReturnsRollup rebuilds the figures.
            migrationBuilder.Sql("SET LOCAL check_function_bodies = off;");
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("unit_figures"));
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_assignment_figures"));
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_callback_figures"));
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_extension_figures"));
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_dispatch_figures"));
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_count_caller_backlog_indexes"));
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_unit_figures_rolled"));
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_fold_unit_figures"));
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_rebuild_unit_figures"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_use_zone"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER assignments_figured_insert_delete ON assignments;
                DROP TRIGGER assignments_figured_update ON assignments;
                DROP TRIGGER callbacks_figured_insert_delete ON callbacks;
                DROP TRIGGER callbacks_figured_update ON callbacks;
                DROP TRIGGER extension_requests_figured_insert_delete ON extension_requests;
                DROP TRIGGER extension_requests_figured_update ON extension_requests;
                DROP TRIGGER tickets_figured_insert_delete ON tickets;
                DROP TRIGGER tickets_figured_update ON tickets;
                DROP FUNCTION hotline_unit_figures_rolled();
                DROP FUNCTION hotline_rebuild_unit_figures();
                DROP FUNCTION hotline_fold_unit_figures();
                DROP FUNCTION hotline_count_caller(timestamptz, text, integer);
                DROP FUNCTION hotline_dispatch_figures(tickets, integer);
                DROP FUNCTION hotline_extension_figures(extension_requests, integer);
                DROP FUNCTION hotline_callback_figures(callbacks, integer);
                DROP FUNCTION hotline_assignment_figures(assignments, integer);
                DROP VIEW unit_figures;
                DROP TABLE phone_days;
                DROP TABLE unit_day_deltas;
                DROP TABLE unit_days;
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION hotline_use_zone(zone text) RETURNS boolean LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM figure_zone WHERE time_zone = zone) THEN
                        RETURN false;
                    END IF;
                    UPDATE figure_zone SET time_zone = zone;
                    PERFORM hotline_rebuild_figures();
                    RETURN true;
                END
                $$;
                """);

            migrationBuilder.DropIndex(
                name: "ix_assignments_lead_resolve_due_at",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_lead_uncontacted",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_lead_unsigned",
                table: "assignments");
        }
    }
}
