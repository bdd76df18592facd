using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class RollupShards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ADR 0041. The quarter-hour rollups of calls and phone calls: one row per quarter hour and connection shard,
            // so concurrent writers in one quarter hour no longer queue behind one row's lock until each commits; the
            // fold (FigureFoldService) sums the shards of past quarter hours into shard -1, the direct computation's.
            migrationBuilder.Sql("""
                ALTER TABLE call_quarter_hours ADD COLUMN shard smallint NOT NULL DEFAULT -1;
                ALTER TABLE call_quarter_hours DROP CONSTRAINT call_quarter_hours_pkey, ADD PRIMARY KEY (starts_at, channel, shard);
                CREATE INDEX ix_call_quarter_hours_unfolded ON call_quarter_hours (starts_at) WHERE shard >= 0;
                ALTER TABLE phone_call_quarter_hours ADD COLUMN shard smallint NOT NULL DEFAULT -1;
                ALTER TABLE phone_call_quarter_hours DROP CONSTRAINT phone_call_quarter_hours_pkey, ADD PRIMARY KEY (starts_at, shard);
                CREATE INDEX ix_phone_call_quarter_hours_unfolded ON phone_call_quarter_hours (starts_at) WHERE shard >= 0;
                """);
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_rollup_shard"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_count_call"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_count_phone_call"));
            migrationBuilder.Sql(Sql.SqlFile.Read("hotline_fold_quarter_shards"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP FUNCTION hotline_fold_quarter_shards(timestamptz);
                DELETE FROM call_quarter_hours;
                ALTER TABLE call_quarter_hours DROP COLUMN shard;
                ALTER TABLE call_quarter_hours ADD PRIMARY KEY (starts_at, channel);
                DELETE FROM phone_call_quarter_hours;
                ALTER TABLE phone_call_quarter_hours DROP COLUMN shard;
                ALTER TABLE phone_call_quarter_hours ADD PRIMARY KEY (starts_at);
                """);
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_count_call"));
            migrationBuilder.Sql(Sql.SqlFile.ReadPinned("hotline_count_phone_call"));
            migrationBuilder.Sql("""
                DROP FUNCTION hotline_rollup_shard();
                SELECT hotline_rebuild_figures();
                SELECT hotline_rebuild_phone_figures();
                """);
        }
    }
}
