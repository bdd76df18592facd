using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class Incidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category_id = table.Column<int>(type: "integer", nullable: false),
                    area_unit_id = table.Column<int>(type: "integer", nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    master_ticket_id = table.Column<long>(type: "bigint", nullable: false),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    declared_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    declared_by_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ended_by_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    callbacks_listed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidents", x => x.id);
                    table.ForeignKey(
                        name: "fk_incidents_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_incidents_tickets_master_ticket_id",
                        column: x => x.master_ticket_id,
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_incidents_units_area_unit_id",
                        column: x => x.area_unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "incident_callbacks",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    incident_id = table.Column<int>(type: "integer", nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    caller_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    calls = table.Column<int>(type: "integer", nullable: false),
                    listed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reached = table.Column<bool>(type: "boolean", nullable: true),
                    satisfaction = table.Column<int>(type: "integer", nullable: true),
                    solved = table.Column<bool>(type: "boolean", nullable: true),
                    citizen_words = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    failed_days = table.Column<int>(type: "integer", nullable: false),
                    last_failed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    done = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    agent_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    agent_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_callbacks", x => x.id);
                    table.ForeignKey(
                        name: "fk_incident_callbacks_incidents_incident_id",
                        column: x => x.incident_id,
                        principalTable: "incidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "incident_calls",
                columns: table => new
                {
                    call_id = table.Column<long>(type: "bigint", nullable: false),
                    incident_id = table.Column<int>(type: "integer", nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    caller_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    words = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    call_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attached_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    agent_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_calls", x => x.call_id);
                    table.ForeignKey(
                        name: "fk_incident_calls_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_incident_calls_incidents_incident_id",
                        column: x => x.incident_id,
                        principalTable: "incidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_incident_callbacks_incident_id_phone",
                table: "incident_callbacks",
                columns: new[] { "incident_id", "phone" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_incident_calls_incident_id_call_started_at",
                table: "incident_calls",
                columns: new[] { "incident_id", "call_started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_area_unit_id",
                table: "incidents",
                column: "area_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_category_id",
                table: "incidents",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_master_ticket_id",
                table: "incidents",
                column: "master_ticket_id");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_running",
                table: "incidents",
                column: "starts_at",
                filter: "ended_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incident_callbacks");

            migrationBuilder.DropTable(
                name: "incident_calls");

            migrationBuilder.DropTable(
                name: "incidents");
        }
    }
}
