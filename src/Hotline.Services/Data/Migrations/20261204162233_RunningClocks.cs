using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class RunningClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A supervisor's tighter resolution deadline no longer leaves sign-for or first contact due after it
            // (Assignment.Tighten): bring the ones stored before forward the same way.
            migrationBuilder.Sql("""
                UPDATE assignments SET sign_for_due_at = LEAST(sign_for_due_at, resolve_due_at),
                                       first_contact_due_at = LEAST(first_contact_due_at, resolve_due_at)
                WHERE sign_for_due_at > resolve_due_at OR first_contact_due_at > resolve_due_at;
                """);

            // The one running clock (docs/decisions/0018-one-running-clock.md).
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_clock_warning"));
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("running_clocks"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP VIEW running_clocks;
                DROP FUNCTION hotline_clock_warning(timestamptz, timestamptz, timestamptz, double precision);
                """);
        }
    }
}
