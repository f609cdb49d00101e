using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrunkPortal.Data.Migrations
{
    /// <summary>
    /// Support search's name-prefix index: case-insensitive like SQLite's LIKE, so "berlin" finds "Berlin PBX" by an
    /// index range, in the order the search pages by (name, then id), live trunks only. EF Core cannot declare an
    /// index column's collation for SQLite, so the index is SQL here and not in the model; other providers need
    /// their own equivalent (e.g. PostgreSQL: lower("Name") text_pattern_ops).
    /// </summary>
    public partial class SupportSearchNameIndex : Migration
    {
        private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider == Sqlite)
            {
                migrationBuilder.Sql(
                    "CREATE INDEX \"IX_Trunks_Name_NoCase\" ON \"Trunks\" (\"Name\" COLLATE NOCASE, \"Id\") WHERE \"DeletedAt\" IS NULL;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider == Sqlite)
            {
                migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Trunks_Name_NoCase\";");
            }
        }
    }
}
