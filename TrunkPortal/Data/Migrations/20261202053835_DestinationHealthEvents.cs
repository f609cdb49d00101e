using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrunkPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class DestinationHealthEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DestinationHealthEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrunkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Up = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RoundTripMs = table.Column<double>(type: "REAL", nullable: true),
                    Edge = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DestinationHealthEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DestinationHealthEvents_Trunks_TrunkId",
                        column: x => x.TrunkId,
                        principalTable: "Trunks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DestinationHealthEvents_At",
                table: "DestinationHealthEvents",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_DestinationHealthEvents_TrunkId_At",
                table: "DestinationHealthEvents",
                columns: new[] { "TrunkId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DestinationHealthEvents");
        }
    }
}
