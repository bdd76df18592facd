using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatusStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Tickets waiting for dispatch are a few thousand of millions (0.04 % at 10M): with the default sample ANALYZE
            // can miss them, the planner then expects one row and sorts the whole status instead of walking
            // ix_tickets_dispatch_queue. A larger sample of this column keeps them in its most common values. It takes
            // effect at the next ANALYZE (autovacuum's, or the bench seeder's).
            migrationBuilder.Sql("ALTER TABLE tickets ALTER COLUMN status SET STATISTICS 1000;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE tickets ALTER COLUMN status SET STATISTICS -1;");
        }
    }
}
