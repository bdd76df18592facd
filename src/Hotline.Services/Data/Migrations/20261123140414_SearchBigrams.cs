using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchBigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Ticket text search (docs/decisions/0010-bigram-search-for-short-chinese-queries.md): the functions and the
            // GIN index live in Data/Sql, one file each (docs/decisions/0019-sql-definitions-in-files.md).
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_bigrams"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_text_may_match"));

            migrationBuilder.DropIndex(
                name: "ix_tickets_registered_at",
                table: "tickets");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_registered_at_id",
                table: "tickets",
                columns: new[] { "registered_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_dispatched_at",
                table: "assignments",
                column: "dispatched_at");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_lead_unit_dispatched_at",
                table: "assignments",
                columns: new[] { "unit_id", "dispatched_at" },
                filter: "role = 1")
                .Annotation("Npgsql:IndexInclude", new[] { "sign_for_due_at", "signed_for_at", "first_contact_due_at", "first_contact_at", "is_active", "resolved_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_lead_unit_resolve_due_at",
                table: "assignments",
                columns: new[] { "unit_id", "resolve_due_at" },
                filter: "role = 1")
                .Annotation("Npgsql:IndexInclude", new[] { "resolved_at", "is_active" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_open_by_unit",
                table: "assignments",
                column: "unit_id",
                filter: "is_active AND resolved_at IS NULL AND assist_done_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_open_lead",
                table: "assignments",
                column: "sign_for_due_at",
                filter: "is_active AND resolved_at IS NULL AND role = 1");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_resolve_due_at",
                table: "assignments",
                column: "resolve_due_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_tickets_search_bigrams;
                DROP FUNCTION hotline_text_may_match(text, text, text);
                DROP FUNCTION hotline_bigrams(text, text);
                """);

            migrationBuilder.DropIndex(
                name: "ix_tickets_registered_at_id",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_assignments_dispatched_at",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_lead_unit_dispatched_at",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_lead_unit_resolve_due_at",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_open_by_unit",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_open_lead",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_resolve_due_at",
                table: "assignments");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_registered_at",
                table: "tickets",
                column: "registered_at");
        }
    }
}
