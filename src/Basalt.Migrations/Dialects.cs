using Basalt.Spec.Settings;
using Basalt.Sql;
using Basalt.Sql.Postgres;
using Basalt.Sql.Sqlite;

namespace Basalt.Migrations;

/// <summary>The dialect for each provider a spec may name.</summary>
public static class Dialects
{
    public static ISqlDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => PostgresDialect.Instance,
        _ => SqliteDialect.Instance,
    };

    public static IDatabase Connect(DatabaseSettings settings) => For(settings.Provider).Connect(settings);
}
