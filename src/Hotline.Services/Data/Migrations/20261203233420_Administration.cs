using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class Administration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_active",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_sign_in_at",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "must_change_password",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "contact_phone",
                table: "units",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "answer_article_version",
                table: "tickets",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int[]>(
                name: "category_ids",
                table: "knowledge_articles",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<int>(
                name: "status",
                table: "knowledge_articles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "valid_from",
                table: "knowledge_articles",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "valid_until",
                table: "knowledge_articles",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "knowledge_articles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "keywords",
                table: "categories",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            // Articles keep their text as version 1, their one category as a list, and their active flag as a status;
            // tickets answered from an article are pinned to that version 1.
            migrationBuilder.Sql("""
                UPDATE knowledge_articles SET category_ids = CASE WHEN category_id IS NULL THEN '{}' ELSE ARRAY[category_id] END,
                    status = CASE WHEN is_active THEN 2 ELSE 3 END, version = 1;
                UPDATE tickets SET answer_article_version = 1 WHERE answer_article_id IS NOT NULL;
                """);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    actor_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    area = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    subject = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    before = table.Column<string>(type: "jsonb", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: true),
                    address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_article_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    article_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    keywords = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    category_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    saved_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_knowledge_article_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_knowledge_article_versions_knowledge_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "knowledge_articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_area_at",
                table: "audit_entries",
                columns: new[] { "area", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_at",
                table: "audit_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_article_versions_article_id_number",
                table: "knowledge_article_versions",
                columns: new[] { "article_id", "number" },
                unique: true);

            migrationBuilder.Sql("""
                INSERT INTO knowledge_article_versions (article_id, number, title, body, keywords, category_ids, saved_by, saved_at)
                SELECT id, 1, title, body, keywords, category_ids, '12345', updated_at FROM knowledge_articles;
                """);


            migrationBuilder.DropForeignKey(
                name: "fk_knowledge_articles_categories_category_id",
                table: "knowledge_articles");

            migrationBuilder.DropIndex(
                name: "ix_knowledge_articles_category_id",
                table: "knowledge_articles");

            migrationBuilder.DropColumn(
                name: "category_id",
                table: "knowledge_articles");

            migrationBuilder.DropColumn(
                name: "is_active",
                table: "knowledge_articles");

            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_audit_append_only"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_article_may_match"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_gram_hits"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_knowledge_articles_bigrams;
                DROP FUNCTION hotline_gram_hits(text, text[]);
                DROP FUNCTION hotline_article_may_match(text, text, text, text[]);
                """);

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.Sql("DROP FUNCTION hotline_audit_append_only();");

            migrationBuilder.DropTable(
                name: "knowledge_article_versions");

            migrationBuilder.DropColumn(
                name: "is_active",
                table: "users");

            migrationBuilder.DropColumn(
                name: "last_sign_in_at",
                table: "users");

            migrationBuilder.DropColumn(
                name: "must_change_password",
                table: "users");

            migrationBuilder.DropColumn(
                name: "contact_phone",
                table: "units");

            migrationBuilder.DropColumn(
                name: "answer_article_version",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "category_ids",
                table: "knowledge_articles");

            migrationBuilder.DropColumn(
                name: "status",
                table: "knowledge_articles");

            migrationBuilder.DropColumn(
                name: "valid_from",
                table: "knowledge_articles");

            migrationBuilder.DropColumn(
                name: "valid_until",
                table: "knowledge_articles");

            migrationBuilder.DropColumn(
                name: "version",
                table: "knowledge_articles");

            migrationBuilder.DropColumn(
                name: "keywords",
                table: "categories");

            migrationBuilder.AddColumn<int>(
                name: "category_id",
                table: "knowledge_articles",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_active",
                table: "knowledge_articles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_articles_category_id",
                table: "knowledge_articles",
                column: "category_id");

            migrationBuilder.AddForeignKey(
                name: "fk_knowledge_articles_categories_category_id",
                table: "knowledge_articles",
                column: "category_id",
                principalTable: "categories",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
