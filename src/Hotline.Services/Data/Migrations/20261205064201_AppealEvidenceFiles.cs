using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <summary>An appeal carries several evidence files: attachments name their appeal (ADR 0031).</summary>
    public partial class AppealEvidenceFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "appeal_id",
                table: "attachments",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_attachments_appeal_id",
                table: "attachments",
                column: "appeal_id",
                filter: "appeal_id IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "fk_attachments_appeals_appeal_id",
                table: "attachments",
                column: "appeal_id",
                principalTable: "appeals",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // An appeal's one evidence file becomes an attachment naming it (ADR 0031).
            migrationBuilder.Sql(Sql.SqlFile.ReadMove("appeal_evidence_files"));

            migrationBuilder.DropForeignKey(
                name: "fk_appeals_attachments_evidence_id",
                table: "appeals");

            migrationBuilder.DropIndex(
                name: "ix_appeals_evidence_id",
                table: "appeals");

            migrationBuilder.DropColumn(
                name: "evidence_id",
                table: "appeals");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "evidence_id",
                table: "appeals",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_appeals_evidence_id",
                table: "appeals",
                column: "evidence_id");

            migrationBuilder.AddForeignKey(
                name: "fk_appeals_attachments_evidence_id",
                table: "appeals",
                column: "evidence_id",
                principalTable: "attachments",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.Sql(Sql.SqlFile.ReadMove("appeal_evidence_files_down"));

            migrationBuilder.DropForeignKey(
                name: "fk_attachments_appeals_appeal_id",
                table: "attachments");

            migrationBuilder.DropIndex(
                name: "ix_attachments_appeal_id",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "appeal_id",
                table: "attachments");
        }
    }
}
