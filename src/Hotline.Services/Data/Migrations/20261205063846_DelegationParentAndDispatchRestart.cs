using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class DelegationParentAndDispatchRestart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "dispatch_restarted_at",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            // Sub-unit assignments stored with parent id 0, and the dispatch clocks restarted by an approved return.
            migrationBuilder.Sql(Sql.SqlFile.ReadMove("delegation_parents_and_dispatch_restarts"));

            migrationBuilder.AddForeignKey(
                name: "fk_assignments_assignments_parent_assignment_id",
                table: "assignments",
                column: "parent_assignment_id",
                principalTable: "assignments",
                principalColumn: "id");

            // The dispatch clock runs from the approved return that restarted it.
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("running_clocks_dispatch_restart"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("running_clocks_stored_clock"));

            migrationBuilder.DropForeignKey(
                name: "fk_assignments_assignments_parent_assignment_id",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "dispatch_restarted_at",
                table: "tickets");
        }
    }
}
