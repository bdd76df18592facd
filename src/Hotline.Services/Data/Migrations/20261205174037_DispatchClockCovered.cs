using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class DispatchClockCovered : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The dispatch queue's index carries the dispatch clock's start (Data/Sql/queue_indexes.sql).
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_tickets_dispatch_queue");
            migrationBuilder.Sql(Sql.SqlFile.Read("queue_indexes"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_tickets_dispatch_queue;
                CREATE INDEX ix_tickets_dispatch_queue ON tickets (COALESCE(supervision, 0) DESC, urgency DESC, dispatch_due_at, id)
                    WHERE status = 1;
                """);
        }
    }
}
