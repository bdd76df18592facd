using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_tickets_dispatched_at",
                table: "tickets",
                column: "dispatched_at",
                filter: "dispatched_at IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "dispatch_due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_lead_resolved_at",
                table: "assignments",
                column: "resolved_at",
                filter: "role = 1 AND resolved_at IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "dispatched_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tickets_dispatched_at",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_assignments_lead_resolved_at",
                table: "assignments");
        }
    }
}
