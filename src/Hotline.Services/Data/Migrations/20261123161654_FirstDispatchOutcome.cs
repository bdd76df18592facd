using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class FirstDispatchOutcome : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tickets_dispatched_at",
                table: "tickets");

            migrationBuilder.AddColumn<bool>(
                name: "dispatched_in_time",
                table: "tickets",
                type: "boolean",
                nullable: true);

            // Settled from the stored deadline. For a ticket whose return was approved before this migration that
            // deadline is already the re-dispatch one (the first is lost), so its outcome stays as it was measured.
            migrationBuilder.Sql("UPDATE tickets SET dispatched_in_time = dispatched_at <= dispatch_due_at WHERE dispatched_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_dispatched_at",
                table: "tickets",
                column: "dispatched_at",
                filter: "dispatched_at IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "dispatched_in_time" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tickets_dispatched_at",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "dispatched_in_time",
                table: "tickets");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_dispatched_at",
                table: "tickets",
                column: "dispatched_at",
                filter: "dispatched_at IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "dispatch_due_at" });
        }
    }
}
