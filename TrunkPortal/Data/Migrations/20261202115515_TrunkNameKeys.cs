using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrunkPortal.Data.Migrations
{
    /// <summary>
    /// Names compared by their F3 key (TrunkNames.Key) on every provider: the key column, unique per account's live
    /// trunks (the database now refuses "berlin" beside "Berlin" too), and a (key, id) index for the support search,
    /// which replaces SupportSearchNameIndex's SQLite-only NOCASE index; the audit log's actor key. Existing rows get
    /// their keys from NameKeyBackfill at start (SQLite's upper() folds ASCII only), so both columns are nullable.
    /// </summary>
    public partial class TrunkNameKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Trunks_Name_NoCase\";");

            migrationBuilder.DropIndex(
                name: "IX_Trunks_AccountId_Name",
                table: "Trunks");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Trunks",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorKey",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Trunks_AccountId_Name",
                table: "Trunks",
                columns: new[] { "AccountId", "Name" },
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.Sql(
                "CREATE INDEX \"IX_Trunks_Name_NoCase\" ON \"Trunks\" (\"Name\" COLLATE NOCASE, \"Id\") WHERE \"DeletedAt\" IS NULL;");
        }
    }
}
