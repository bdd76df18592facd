using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class ObjectionAndDelegation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "objected_at",
                table: "assignments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "objection_decided_at",
                table: "assignments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "objection_decided_by_user_id",
                table: "assignments",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "objection_reason",
                table: "assignments",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "objection_status",
                table: "assignments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "objection_suggested_unit_id",
                table: "assignments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "parent_assignment_id",
                table: "assignments",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_assignments_objected_at",
                table: "assignments",
                column: "objected_at",
                filter: "objected_at IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "unit_id", "objection_status", "dispatched_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_objection_suggested_unit_id",
                table: "assignments",
                column: "objection_suggested_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_parent",
                table: "assignments",
                column: "parent_assignment_id",
                filter: "parent_assignment_id IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "fk_assignments_units_objection_suggested_unit_id",
                table: "assignments",
                column: "objection_suggested_unit_id",
                principalTable: "units",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_assignments_units_objection_suggested_unit_id",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_objected_at",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_objection_suggested_unit_id",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_parent",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "objected_at",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "objection_decided_at",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "objection_decided_by_user_id",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "objection_reason",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "objection_status",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "objection_suggested_unit_id",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "parent_assignment_id",
                table: "assignments");
        }
    }
}
