using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Services.Data.Migrations
{
    /// <inheritdoc />
    public partial class PhoneCallLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "popped_at",
                table: "phone_calls",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "phone_call_id",
                table: "calls",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_calls_phone_call_id",
                table: "calls",
                column: "phone_call_id");

            migrationBuilder.AddForeignKey(
                name: "fk_calls_phone_calls_phone_call_id",
                table: "calls",
                column: "phone_call_id",
                principalTable: "phone_calls",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_calls_phone_calls_phone_call_id",
                table: "calls");

            migrationBuilder.DropIndex(
                name: "ix_calls_phone_call_id",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "popped_at",
                table: "phone_calls");

            migrationBuilder.DropColumn(
                name: "phone_call_id",
                table: "calls");
        }
    }
}
