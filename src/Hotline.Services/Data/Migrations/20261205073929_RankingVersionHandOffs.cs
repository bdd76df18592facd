using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <summary>A published ranking freezes each unit's objections upheld and rejected and its delegations too (ADR 0031); null in older versions.</summary>
    public partial class RankingVersionHandOffs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "delegated_in",
                table: "ranking_version_rows",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "delegated_out",
                table: "ranking_version_rows",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "objections_rejected",
                table: "ranking_version_rows",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "objections_upheld",
                table: "ranking_version_rows",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "delegated_in",
                table: "ranking_version_rows");

            migrationBuilder.DropColumn(
                name: "delegated_out",
                table: "ranking_version_rows");

            migrationBuilder.DropColumn(
                name: "objections_rejected",
                table: "ranking_version_rows");

            migrationBuilder.DropColumn(
                name: "objections_upheld",
                table: "ranking_version_rows");
        }
    }
}
