using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class TicketHoldings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ticket_holdings",
                columns: table => new
                {
                    ticket_id = table.Column<long>(type: "bigint", nullable: false),
                    seq = table.Column<int>(type: "integer", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: true),
                    is_lead = table.Column<bool>(type: "boolean", nullable: false),
                    from_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    to_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    end_kind = table.Column<int>(type: "integer", nullable: false),
                    natural = table.Column<TimeSpan>(type: "interval", nullable: true),
                    working = table.Column<TimeSpan>(type: "interval", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ticket_holdings", x => new { x.ticket_id, x.seq });
                    table.ForeignKey(
                        name: "fk_ticket_holdings_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ticket_holdings_unit_ended",
                table: "ticket_holdings",
                columns: new[] { "unit_id", "to_at" },
                filter: "to_at IS NOT NULL AND unit_id IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "is_lead", "end_kind", "natural", "working" });

            // The tickets whose stored holdings are stale: one row per event, taken by HoldingFold
            // (docs/decisions/0027-clock-per-holder.md). Every existing ticket is queued once, so the first fold fills the table.
            migrationBuilder.Sql("""
                CREATE TABLE holding_queue (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    ticket_id bigint NOT NULL);
                INSERT INTO holding_queue (ticket_id) SELECT id FROM tickets ORDER BY id;
                """);
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_holdings_stale"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER ticket_events_holdings_stale ON ticket_events;
                DROP FUNCTION hotline_holdings_stale();
                DROP TABLE holding_queue;
                """);
            migrationBuilder.DropTable(
                name: "ticket_holdings");
        }
    }
}
