using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class StoredChoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "cancel_reason",
                table: "ticket_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "contact_method",
                table: "ticket_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "return_reason",
                table: "ticket_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "return_kind",
                table: "assignments",
                type: "integer",
                nullable: true);

            migrationBuilder.Sql(Sql.SqlFile.ReadMove("stored_choices"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "cancel_reason",
                table: "ticket_events");

            migrationBuilder.DropColumn(
                name: "contact_method",
                table: "ticket_events");

            migrationBuilder.DropColumn(
                name: "return_reason",
                table: "ticket_events");

            migrationBuilder.DropColumn(
                name: "return_kind",
                table: "assignments");
        }
    }
}
