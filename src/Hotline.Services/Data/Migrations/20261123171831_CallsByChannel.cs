using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class CallsByChannel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Intake logs a contact of every channel as a call row (a letter, a web form, a walk-in), but "calls" on the
            // dashboard and the wall are phone calls: the quarter-hour rollup gains the channel, and readers pick Phone.
            migrationBuilder.Sql("""
                DROP TRIGGER calls_rolled_update ON calls;
                DROP FUNCTION hotline_count_call(timestamptz, timestamptz, integer);
                ALTER TABLE call_quarter_hours ADD COLUMN channel integer NOT NULL DEFAULT 1;
                ALTER TABLE call_quarter_hours ALTER COLUMN channel DROP DEFAULT;
                ALTER TABLE call_quarter_hours DROP CONSTRAINT call_quarter_hours_pkey;
                ALTER TABLE call_quarter_hours ADD PRIMARY KEY (starts_at, channel);

                CREATE FUNCTION hotline_count_call(started_at timestamptz, answered_at timestamptz, channel integer, sign integer) RETURNS void
                LANGUAGE sql AS $$
                    INSERT INTO call_quarter_hours AS q (starts_at, channel, calls, timed, within_target)
                    VALUES (hotline_quarter_hour(started_at), channel, sign,
                            sign * (answered_at IS NOT NULL)::int,
                            sign * coalesce(answered_at - started_at <= interval '15 seconds', false)::int)
                    ON CONFLICT (starts_at, channel) DO UPDATE SET calls = q.calls + excluded.calls, timed = q.timed + excluded.timed,
                        within_target = q.within_target + excluded.within_target
                $$;

                CREATE OR REPLACE FUNCTION hotline_calls_rolled() RETURNS trigger LANGUAGE plpgsql AS $$
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

                CREATE TRIGGER calls_rolled_update AFTER UPDATE OF started_at, answered_at, channel ON calls
                    FOR EACH ROW WHEN (OLD.started_at IS DISTINCT FROM NEW.started_at OR OLD.answered_at IS DISTINCT FROM NEW.answered_at
                        OR OLD.channel IS DISTINCT FROM NEW.channel)
                    EXECUTE FUNCTION hotline_calls_rolled();

                CREATE OR REPLACE FUNCTION hotline_rebuild_figures() RETURNS void LANGUAGE plpgsql AS $$
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

                SELECT hotline_rebuild_figures();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER calls_rolled_update ON calls;
                DROP FUNCTION hotline_count_call(timestamptz, timestamptz, integer, integer);
                DELETE FROM call_quarter_hours;
                ALTER TABLE call_quarter_hours DROP CONSTRAINT call_quarter_hours_pkey;
                ALTER TABLE call_quarter_hours DROP COLUMN channel;
                ALTER TABLE call_quarter_hours ADD PRIMARY KEY (starts_at);

                CREATE FUNCTION hotline_count_call(started_at timestamptz, answered_at timestamptz, sign integer) RETURNS void
                LANGUAGE sql AS $$
                    INSERT INTO call_quarter_hours AS q (starts_at, calls, timed, within_target)
                    VALUES (hotline_quarter_hour(started_at), sign,
                            sign * (answered_at IS NOT NULL)::int,
                            sign * coalesce(answered_at - started_at <= interval '15 seconds', false)::int)
                    ON CONFLICT (starts_at) DO UPDATE SET calls = q.calls + excluded.calls, timed = q.timed + excluded.timed,
                        within_target = q.within_target + excluded.within_target
                $$;

                CREATE OR REPLACE FUNCTION hotline_calls_rolled() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        PERFORM hotline_count_call(OLD.started_at, OLD.answered_at, -1);
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        PERFORM hotline_count_call(NEW.started_at, NEW.answered_at, 1);
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER calls_rolled_update AFTER UPDATE OF started_at, answered_at ON calls
                    FOR EACH ROW WHEN (OLD.started_at IS DISTINCT FROM NEW.started_at OR OLD.answered_at IS DISTINCT FROM NEW.answered_at)
                    EXECUTE FUNCTION hotline_calls_rolled();

                CREATE OR REPLACE FUNCTION hotline_rebuild_figures() RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    LOCK TABLE calls, tickets IN SHARE MODE;
                    DELETE FROM call_quarter_hours;
                    INSERT INTO call_quarter_hours (starts_at, calls, timed, within_target)
                    SELECT hotline_quarter_hour(c.started_at), count(*), count(c.answered_at),
                           count(*) FILTER (WHERE c.answered_at - c.started_at <= interval '15 seconds')
                    FROM calls AS c
                    GROUP BY 1;
                    DELETE FROM ticket_category_days;
                    INSERT INTO ticket_category_days (day, category_id, tickets, direct)
                    SELECT hotline_local_day(t.registered_at), t.category_id, count(*), count(*) FILTER (WHERE t.is_directly_answered)
                    FROM tickets AS t
                    GROUP BY 1, 2;
                END
                $$;

                SELECT hotline_rebuild_figures();
                """);
        }
    }
}
