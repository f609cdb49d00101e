using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrunkPortal.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProvisioningClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "Trunks",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedUntil",
                table: "Trunks",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "Trunks");

            migrationBuilder.DropColumn(
                name: "ClaimedUntil",
                table: "Trunks");
        }
    }
}
