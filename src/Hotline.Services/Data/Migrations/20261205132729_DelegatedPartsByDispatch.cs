using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class DelegatedPartsByDispatch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_assignments_delegated_dispatched_at",
                table: "assignments",
                column: "dispatched_at",
                filter: "role = 3")
                .Annotation("Npgsql:IndexInclude", new[] { "unit_id", "parent_assignment_id", "is_active", "resolved_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_assignments_delegated_dispatched_at",
                table: "assignments");
        }
    }
}
