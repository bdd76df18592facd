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
            // Ticket text search (docs/decisions/0009-bigram-search-for-short-chinese-queries.md): the character
            // bigrams of content and address, lower-cased as ILIKE compares them, in a GIN expression index (GIN
            // drops the repeated ones). hotline_text_may_match is a single-expression SQL function, so PostgreSQL
            // inlines it and the planner sees the index expression. The high COST (~45 µs a call) keeps the planner
            // from plans that compute the bigrams of every row they read instead of asking the index.
            migrationBuilder.Sql("""
                CREATE FUNCTION hotline_bigrams(first text, second text) RETURNS text[]
                LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 5000 AS $$
                DECLARE
                    a text := lower(coalesce(first, ''));
                    b text := lower(coalesce(second, ''));
                    grams text[] := '{}';
                BEGIN
                    FOR i IN 1 .. length(a) - 1 LOOP
                        grams := grams || substr(a, i, 2);
                    END LOOP;
                    FOR i IN 1 .. length(b) - 1 LOOP
                        grams := grams || substr(b, i, 2);
                    END LOOP;
                    RETURN grams;
                END
                $$;
                CREATE FUNCTION hotline_text_may_match(content text, address text, query text) RETURNS boolean
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT hotline_bigrams(content, address) @> hotline_bigrams(query, NULL)
                $$;
                CREATE INDEX ix_tickets_search_bigrams ON tickets USING gin (hotline_bigrams(content, address));
                """);

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
