using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrunkPortal.Data.Postgres.Migrations
{
    /// <summary>
    /// Every committed change of a trunk row, whoever makes it (service, provisioner, support, seed, ExecuteUpdate,
    /// raw SQL), notifies channel <c>trunkportal_trunks</c> with <c>{"a": account, "t": trunk, "from": writer's
    /// application_name}</c>; PostgresTrunkChanges on every instance listens. NOTIFY in a transaction is delivered at
    /// its commit, and not at all on a rollback. An update of only the provisioner's lease columns (ClaimedBy,
    /// ClaimedUntil) notifies nothing; the function compares the rows as jsonb without them, so it holds whether or not
    /// those columns exist yet. No model change: PostgreSQL only.
    /// </summary>
    public partial class TrunkChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION trunkportal_trunk_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    r record;
                BEGIN
                    IF TG_OP = 'UPDATE'
                       AND (to_jsonb(OLD) - 'ClaimedBy' - 'ClaimedUntil') = (to_jsonb(NEW) - 'ClaimedBy' - 'ClaimedUntil') THEN
                        RETURN NULL;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        r := OLD;
                    ELSE
                        r := NEW;
                    END IF;
                    PERFORM pg_notify('trunkportal_trunks', json_build_object(
                        'a', r."AccountId", 't', r."Id", 'from', current_setting('application_name'))::text);
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER trunkportal_trunk_changed AFTER INSERT OR UPDATE OR DELETE ON "Trunks"
                    FOR EACH ROW EXECUTE FUNCTION trunkportal_trunk_changed();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS trunkportal_trunk_changed ON "Trunks";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS trunkportal_trunk_changed();");
        }
    }
}
