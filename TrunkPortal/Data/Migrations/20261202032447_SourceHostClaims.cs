using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrunkPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class SourceHostClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SourceHostClaims",
                columns: table => new
                {
                    Location = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TrunkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceHostClaims", x => new { x.Location, x.Host });
                    table.ForeignKey(
                        name: "FK_SourceHostClaims_Trunks_TrunkId",
                        column: x => x.TrunkId,
                        principalTable: "Trunks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SourceHostClaims_TrunkId",
                table: "SourceHostClaims",
                column: "TrunkId");

            // S6 for the trunks that exist already: each live static trunk claims its source hosts; where two already
            // share one (before the rule), the older trunk keeps it and the other is refused at its next edit.
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                migrationBuilder.Sql("""
                    INSERT OR IGNORE INTO "SourceHostClaims" ("Location", "Host", "TrunkId", "AccountId")
                    SELECT t."Location", lower(trim(h.value)), t."Id", t."AccountId"
                    FROM "Trunks" AS t, json_each(t."SourceHosts") AS h
                    WHERE t."Type" = 'Static' AND t."DeletedAt" IS NULL
                    ORDER BY t."CreatedAt";
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SourceHostClaims");
        }
    }
}
