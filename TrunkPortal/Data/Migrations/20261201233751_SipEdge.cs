using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrunkPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class SipEdge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ActionStartedAt",
                table: "Trunks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EdgeAttempts",
                table: "Trunks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "EdgeLastError",
                table: "Trunks",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EdgeSyncDueAt",
                table: "Trunks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PortalInstallations",
                columns: table => new
                {
                    Key = table.Column<int>(type: "INTEGER", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortalInstallations", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Trunks_EdgeSyncDueAt",
                table: "Trunks",
                column: "EdgeSyncDueAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PortalInstallations");

            migrationBuilder.DropIndex(
                name: "IX_Trunks_EdgeSyncDueAt",
                table: "Trunks");

            migrationBuilder.DropColumn(
                name: "ActionStartedAt",
                table: "Trunks");

            migrationBuilder.DropColumn(
                name: "EdgeAttempts",
                table: "Trunks");

            migrationBuilder.DropColumn(
                name: "EdgeLastError",
                table: "Trunks");

            migrationBuilder.DropColumn(
                name: "EdgeSyncDueAt",
                table: "Trunks");
        }
    }
}
