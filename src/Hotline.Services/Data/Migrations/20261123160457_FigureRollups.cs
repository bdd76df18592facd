using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class FigureRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tickets_registered_at_id",
                table: "tickets");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_registered_at_id",
                table: "tickets",
                columns: new[] { "registered_at", "id" })
                .Annotation("Npgsql:IndexInclude", new[] { "caller_phone" });

            // The dashboard's rollups (docs/decisions/0012-figure-rollups.md): call rows per quarter hour and channel (the
            // dashboard reads phone calls; intake logs letters, web forms and walk-ins as call rows too) and tickets per
            // local day and category, kept by row triggers in the same transaction as the rows they count, so no code
            // path (services, seeders, a telephone feed, a hand-run UPDATE) can leave them behind. A quarter hour is
            // zone-free (every zone in use is offset by whole quarter hours); the local day uses figure_zone, which
            // the app sets at start (hotline_use_zone rebuilds when it changes). "Within 15 s" is GB/T 33358-2016's
            // answer target, HotlineFigures.AnswerTarget.
            migrationBuilder.Sql("""
                CREATE TABLE figure_zone (
                    id boolean PRIMARY KEY DEFAULT true CHECK (id),
                    time_zone text NOT NULL);
                INSERT INTO figure_zone (time_zone) VALUES ('Asia/Shanghai');

                CREATE TABLE call_quarter_hours (
                    starts_at timestamptz NOT NULL,
                    channel integer NOT NULL,
                    calls integer NOT NULL,
                    timed integer NOT NULL,
                    within_target integer NOT NULL,
                    PRIMARY KEY (starts_at, channel));

                CREATE TABLE ticket_category_days (
                    day date NOT NULL,
                    category_id integer NOT NULL,
                    tickets integer NOT NULL,
                    direct integer NOT NULL,
                    PRIMARY KEY (day, category_id));
                """);

            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_quarter_hour"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_local_day"));
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_count_call"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_count_ticket"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_calls_rolled"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_tickets_rolled"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_rebuild_figures"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_use_zone"));
            migrationBuilder.Sql("""
                SELECT hotline_rebuild_figures();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER calls_rolled_insert_delete ON calls;
                DROP TRIGGER calls_rolled_update ON calls;
                DROP TRIGGER tickets_rolled_insert_delete ON tickets;
                DROP TRIGGER tickets_rolled_update ON tickets;
                DROP FUNCTION hotline_use_zone(text);
                DROP FUNCTION hotline_rebuild_figures();
                DROP FUNCTION hotline_tickets_rolled();
                DROP FUNCTION hotline_calls_rolled();
                DROP FUNCTION hotline_count_ticket(timestamptz, integer, boolean, integer);
                DROP FUNCTION hotline_count_call(timestamptz, timestamptz, integer, integer);
                DROP FUNCTION hotline_local_day(timestamptz);
                DROP FUNCTION hotline_quarter_hour(timestamptz);
                DROP TABLE ticket_category_days;
                DROP TABLE call_quarter_hours;
                DROP TABLE figure_zone;
                """);

            migrationBuilder.DropIndex(
                name: "ix_tickets_registered_at_id",
                table: "tickets");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_registered_at_id",
                table: "tickets",
                columns: new[] { "registered_at", "id" });
        }
    }
}
