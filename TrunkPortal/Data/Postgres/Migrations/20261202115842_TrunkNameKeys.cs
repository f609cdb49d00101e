using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrunkPortal.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TrunkNameKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Trunks_AccountId_Name",
                table: "Trunks");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Trunks",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true,
                collation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "ServiceAddresses",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(128)",
                oldMaxLength: 128);

            migrationBuilder.AddColumn<string>(
                name: "ActorKey",
                table: "AuditEntries",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true,
                collation: "C");

            migrationBuilder.CreateIndex(
                name: "IX_Trunks_AccountId_NameKey",
                table: "Trunks",
                columns: new[] { "AccountId", "NameKey" },
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Trunks_NameKey_Id",
                table: "Trunks",
                columns: new[] { "NameKey", "Id" },
                filter: "\"DeletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Trunks_AccountId_NameKey",
                table: "Trunks");

            migrationBuilder.DropIndex(
                name: "IX_Trunks_NameKey_Id",
                table: "Trunks");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Trunks");

            migrationBuilder.DropColumn(
                name: "ActorKey",
                table: "AuditEntries");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "ServiceAddresses",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(128)",
                oldMaxLength: 128,
                oldCollation: "C");

            migrationBuilder.CreateIndex(
                name: "IX_Trunks_AccountId_Name",
                table: "Trunks",
                columns: new[] { "AccountId", "Name" },
                unique: true,
                filter: "\"DeletedAt\" IS NULL");
        }
    }
}
