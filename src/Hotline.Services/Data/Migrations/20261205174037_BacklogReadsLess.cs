using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class BacklogReadsLess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The dispatch queue's index carries the dispatch clock's start (Data/Sql/queue_indexes.sql); the colour of a
            // clock takes its spans as whole microseconds (hotline_clock_warning.sql).
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_tickets_dispatch_queue");
            migrationBuilder.Sql(Sql.SqlFile.Read("queue_indexes"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_clock_warning"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // hotline_clock_warning stays: the two forms give the same colour for every clock.
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_tickets_dispatch_queue;
                CREATE INDEX ix_tickets_dispatch_queue ON tickets (COALESCE(supervision, 0) DESC, urgency DESC, dispatch_due_at, id)
                    WHERE status = 1;
                """);
        }
    }
}
