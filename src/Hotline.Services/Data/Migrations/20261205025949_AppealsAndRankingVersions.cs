using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class AppealsAndRankingVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_assignments_lead_resolve_due_at",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_lead_unit_dispatched_at",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_lead_unit_resolve_due_at",
                table: "assignments");

            migrationBuilder.AddColumn<int>(
                name: "appealed_mark",
                table: "ticket_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "excused",
                table: "callbacks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "first_contact_excused",
                table: "assignments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "resolution_excused",
                table: "assignments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "sign_for_excused",
                table: "assignments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "appeals",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ticket_id = table.Column<long>(type: "bigint", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    mark = table.Column<int>(type: "integer", nullable: false),
                    assignment_id = table.Column<long>(type: "bigint", nullable: true),
                    callback_id = table.Column<long>(type: "bigint", nullable: true),
                    marked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    evidence_id = table.Column<long>(type: "bigint", nullable: true),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    raised_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    decision_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appeals", x => x.id);
                    table.ForeignKey(
                        name: "fk_appeals_assignments_assignment_id",
                        column: x => x.assignment_id,
                        principalTable: "assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appeals_attachments_evidence_id",
                        column: x => x.evidence_id,
                        principalTable: "attachments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appeals_callbacks_callback_id",
                        column: x => x.callback_id,
                        principalTable: "callbacks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appeals_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appeals_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ranking_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    published_by_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    weights = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    definitions = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    appeals_upheld = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ranking_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ranking_version_rows",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    version_id = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name_zh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    assigned = table.Column<long>(type: "bigint", nullable: false),
                    signed_on_time = table.Column<long>(type: "bigint", nullable: false),
                    contact_measured = table.Column<long>(type: "bigint", nullable: false),
                    contacted_on_time = table.Column<long>(type: "bigint", nullable: false),
                    fell_due = table.Column<long>(type: "bigint", nullable: false),
                    resolved_on_time = table.Column<long>(type: "bigint", nullable: false),
                    callbacks_reached = table.Column<long>(type: "bigint", nullable: false),
                    satisfied = table.Column<long>(type: "bigint", nullable: false),
                    solved = table.Column<long>(type: "bigint", nullable: false),
                    returns = table.Column<long>(type: "bigint", nullable: false),
                    extensions = table.Column<long>(type: "bigint", nullable: false),
                    review_returns = table.Column<long>(type: "bigint", nullable: false),
                    index = table.Column<double>(type: "double precision", nullable: true),
                    rank = table.Column<int>(type: "integer", nullable: true),
                    is_flagged = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ranking_version_rows", x => x.id);
                    table.ForeignKey(
                        name: "fk_ranking_version_rows_ranking_versions_version_id",
                        column: x => x.version_id,
                        principalTable: "ranking_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_lead_resolve_due_at",
                table: "assignments",
                column: "resolve_due_at",
                filter: "role = 1")
                .Annotation("Npgsql:IndexInclude", new[] { "unit_id", "resolved_at", "is_active", "resolution_excused" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_lead_unit_dispatched_at",
                table: "assignments",
                columns: new[] { "unit_id", "dispatched_at" },
                filter: "role = 1")
                .Annotation("Npgsql:IndexInclude", new[] { "sign_for_due_at", "signed_for_at", "first_contact_due_at", "first_contact_at", "is_active", "resolved_at", "sign_for_excused", "first_contact_excused" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_lead_unit_resolve_due_at",
                table: "assignments",
                columns: new[] { "unit_id", "resolve_due_at" },
                filter: "role = 1")
                .Annotation("Npgsql:IndexInclude", new[] { "resolved_at", "is_active", "resolution_excused" });

            migrationBuilder.CreateIndex(
                name: "ix_appeals_assignment_id_mark",
                table: "appeals",
                columns: new[] { "assignment_id", "mark" },
                unique: true,
                filter: "assignment_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_appeals_callback_id",
                table: "appeals",
                column: "callback_id",
                unique: true,
                filter: "callback_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_appeals_evidence_id",
                table: "appeals",
                column: "evidence_id");

            migrationBuilder.CreateIndex(
                name: "ix_appeals_pending",
                table: "appeals",
                column: "raised_at",
                filter: "status = 1");

            migrationBuilder.CreateIndex(
                name: "ix_appeals_ticket_id",
                table: "appeals",
                column: "ticket_id");

            migrationBuilder.CreateIndex(
                name: "ix_appeals_unit_id_raised_at",
                table: "appeals",
                columns: new[] { "unit_id", "raised_at" });

            migrationBuilder.CreateIndex(
                name: "ix_ranking_version_rows_version_id_unit_id",
                table: "ranking_version_rows",
                columns: new[] { "version_id", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ranking_versions_month_number",
                table: "ranking_versions",
                columns: new[] { "month", "number" },
                unique: true);

            // Appeals upheld leave the rates (ADR 0031): two more counters in unit_days and its deltas (a sign-for or a
            // first contact excused, taken off the dispatched count by readers), the rollup's definitions applied again
            // (they read the excused flags added above), and the figures rebuilt.
            migrationBuilder.Sql("""
                ALTER TABLE unit_days ADD COLUMN sign_excused integer NOT NULL DEFAULT 0,
                                      ADD COLUMN contact_excused integer NOT NULL DEFAULT 0;
                ALTER TABLE unit_day_deltas ADD COLUMN sign_excused integer NOT NULL DEFAULT 0,
                                            ADD COLUMN contact_excused integer NOT NULL DEFAULT 0;
                -- The current rebuild file also fills phone_days.prev_day (migration PhoneRepeatDays, which comes later
                -- and adds it if missing): an existing database needs the column before the rebuild below.
                ALTER TABLE phone_days ADD COLUMN IF NOT EXISTS prev_day date;
                """);
            foreach (var file in RollupFiles)
            {
                // The rebuild as it stood before migration RepeatCallerCandidates added phone_days.next_day.
                migrationBuilder.Sql(file == "hotline_rebuild_unit_figures"
                    ? Sql.SqlFile.ReadPinned("hotline_rebuild_unit_figures_prev_day")
                    : Sql.SqlFile.Read(file));
            }

            migrationBuilder.Sql("SELECT hotline_rebuild_unit_figures();");
        }

        private static readonly string[] RollupFiles =
        [
            "hotline_assignment_figures", "hotline_callback_figures", "hotline_extension_figures", "hotline_dispatch_figures",
            "unit_figures", "hotline_unit_figures_rolled", "hotline_fold_unit_figures", "hotline_rebuild_unit_figures",
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The view and the functions read the new columns: the older definitions come back before the columns go.
            migrationBuilder.Sql("""
                DROP VIEW unit_figures;
                ALTER TABLE unit_day_deltas DROP COLUMN sign_excused, DROP COLUMN contact_excused;
                ALTER TABLE unit_days DROP COLUMN sign_excused, DROP COLUMN contact_excused;
                """);
            foreach (var file in RollupFiles)
            {
                migrationBuilder.Sql(Sql.SqlFile.ReadPinned(file));
            }

            migrationBuilder.DropTable(
                name: "appeals");

            migrationBuilder.DropTable(
                name: "ranking_version_rows");

            migrationBuilder.DropTable(
                name: "ranking_versions");

            migrationBuilder.DropIndex(
                name: "ix_assignments_lead_resolve_due_at",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_lead_unit_dispatched_at",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_lead_unit_resolve_due_at",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "appealed_mark",
                table: "ticket_events");

            migrationBuilder.DropColumn(
                name: "excused",
                table: "callbacks");

            migrationBuilder.DropColumn(
                name: "first_contact_excused",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "resolution_excused",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "sign_for_excused",
                table: "assignments");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_lead_resolve_due_at",
                table: "assignments",
                column: "resolve_due_at",
                filter: "role = 1")
                .Annotation("Npgsql:IndexInclude", new[] { "unit_id", "resolved_at", "is_active" });

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
        }
    }
}
