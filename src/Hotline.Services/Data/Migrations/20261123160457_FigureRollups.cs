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

                CREATE FUNCTION hotline_quarter_hour(at timestamptz) RETURNS timestamptz
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT date_bin('15 minutes', at, timestamptz '2000-01-01 00:00:00+00')
                $$;

                CREATE FUNCTION hotline_local_day(at timestamptz) RETURNS date
                LANGUAGE sql STABLE PARALLEL SAFE AS $$
                    SELECT (at AT TIME ZONE (SELECT time_zone FROM figure_zone))::date
                $$;

                CREATE FUNCTION hotline_count_call(started_at timestamptz, answered_at timestamptz, channel integer, sign integer) RETURNS void
                LANGUAGE sql AS $$
                    INSERT INTO call_quarter_hours AS q (starts_at, channel, calls, timed, within_target)
                    VALUES (hotline_quarter_hour(started_at), channel, sign,
                            sign * (answered_at IS NOT NULL)::int,
                            sign * coalesce(answered_at - started_at <= interval '15 seconds', false)::int)
                    ON CONFLICT (starts_at, channel) DO UPDATE SET calls = q.calls + excluded.calls, timed = q.timed + excluded.timed,
                        within_target = q.within_target + excluded.within_target
                $$;

                CREATE FUNCTION hotline_count_ticket(registered_at timestamptz, category_id integer, direct boolean, sign integer) RETURNS void
                LANGUAGE sql AS $$
                    INSERT INTO ticket_category_days AS d (day, category_id, tickets, direct)
                    VALUES (hotline_local_day(registered_at), category_id, sign, sign * direct::int)
                    ON CONFLICT (day, category_id) DO UPDATE SET tickets = d.tickets + excluded.tickets, direct = d.direct + excluded.direct
                $$;

                CREATE FUNCTION hotline_calls_rolled() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        PERFORM hotline_count_call(OLD.started_at, OLD.answered_at, OLD.channel, -1);
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        PERFORM hotline_count_call(NEW.started_at, NEW.answered_at, NEW.channel, 1);
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE FUNCTION hotline_tickets_rolled() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        PERFORM hotline_count_ticket(OLD.registered_at, OLD.category_id, OLD.is_directly_answered, -1);
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        PERFORM hotline_count_ticket(NEW.registered_at, NEW.category_id, NEW.is_directly_answered, 1);
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER calls_rolled_insert_delete AFTER INSERT OR DELETE ON calls
                    FOR EACH ROW EXECUTE FUNCTION hotline_calls_rolled();
                CREATE TRIGGER calls_rolled_update AFTER UPDATE OF started_at, answered_at, channel ON calls
                    FOR EACH ROW WHEN (OLD.started_at IS DISTINCT FROM NEW.started_at OR OLD.answered_at IS DISTINCT FROM NEW.answered_at
                        OR OLD.channel IS DISTINCT FROM NEW.channel)
                    EXECUTE FUNCTION hotline_calls_rolled();
                CREATE TRIGGER tickets_rolled_insert_delete AFTER INSERT OR DELETE ON tickets
                    FOR EACH ROW EXECUTE FUNCTION hotline_tickets_rolled();
                CREATE TRIGGER tickets_rolled_update AFTER UPDATE OF registered_at, category_id, is_directly_answered ON tickets
                    FOR EACH ROW WHEN (OLD.registered_at IS DISTINCT FROM NEW.registered_at OR OLD.category_id IS DISTINCT FROM NEW.category_id
                        OR OLD.is_directly_answered IS DISTINCT FROM NEW.is_directly_answered)
                    EXECUTE FUNCTION hotline_tickets_rolled();

                -- The direct computation: replaces both rollups from the rows (bulk loads, a change of zone, this migration).
                -- SHARE mode lets readers on and holds writers back, so no row is counted twice or missed.
                CREATE FUNCTION hotline_rebuild_figures() RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    LOCK TABLE calls, tickets IN SHARE MODE;
                    DELETE FROM call_quarter_hours;
                    INSERT INTO call_quarter_hours (starts_at, channel, calls, timed, within_target)
                    SELECT hotline_quarter_hour(c.started_at), c.channel, count(*), count(c.answered_at),
                           count(*) FILTER (WHERE c.answered_at - c.started_at <= interval '15 seconds')
                    FROM calls AS c
                    GROUP BY 1, 2;
                    DELETE FROM ticket_category_days;
                    INSERT INTO ticket_category_days (day, category_id, tickets, direct)
                    SELECT hotline_local_day(t.registered_at), t.category_id, count(*), count(*) FILTER (WHERE t.is_directly_answered)
                    FROM tickets AS t
                    GROUP BY 1, 2;
                END
                $$;

                CREATE FUNCTION hotline_use_zone(zone text) RETURNS boolean LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM figure_zone WHERE time_zone = zone) THEN
                        RETURN false;
                    END IF;
                    UPDATE figure_zone SET time_zone = zone;
                    PERFORM hotline_rebuild_figures();
                    RETURN true;
                END
                $$;

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
