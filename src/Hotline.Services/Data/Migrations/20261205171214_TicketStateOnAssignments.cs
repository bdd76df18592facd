using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class TicketStateOnAssignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ticket_status",
                table: "assignments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ticket_supervision",
                table: "assignments",
                type: "integer",
                nullable: true);

            // The copy for every ticket still in play; a ticket closed, merged or cancelled before this migration keeps
            // none on its assignments until its status changes again (an appeal reopening it), which the triggers copy.
            migrationBuilder.Sql("""
                UPDATE assignments AS a SET ticket_status = t.status, ticket_supervision = t.supervision
                FROM tickets AS t
                WHERE t.id = a.ticket_id AND t.status NOT IN (6, 7, 8)
                """);
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_assignment_ticket_state"));
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_assignments_open_by_unit_clock");
            migrationBuilder.Sql(Sql.SqlFile.Read("queue_indexes"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_assignments_workbench;
                DROP TRIGGER IF EXISTS tickets_state_to_assignments ON tickets;
                DROP TRIGGER IF EXISTS assignments_take_ticket_state ON assignments;
                DROP FUNCTION IF EXISTS hotline_assignment_ticket_state();
                """);
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("queue_indexes"));
            migrationBuilder.DropColumn(
                name: "ticket_status",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "ticket_supervision",
                table: "assignments");
        }
    }
}
