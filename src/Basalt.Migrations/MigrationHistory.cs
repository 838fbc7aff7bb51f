using System.Data.Common;
using System.Globalization;
using Basalt.Sql;

namespace Basalt.Migrations;

/// <summary>Reads and writes <c>_basalt_migrations</c> with plain parameterised ADO.NET that both engines accept.</summary>
internal static class MigrationHistory
{
    public static async Task EnsureTableAsync(ISqlDialect dialect, DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = dialect.HistoryTableDdl;
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<IReadOnlyList<AppliedMigration>> ReadAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, checksum, applied_at, snapshot, down_sql FROM _basalt_migrations ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<AppliedMigration>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new AppliedMigration(
                reader.GetInt32(0), reader.GetString(1), reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
                reader.GetString(4), reader.GetString(5)));
        }
        return rows;
    }

    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, AppliedMigration row, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO _basalt_migrations (id, name, checksum, applied_at, snapshot, down_sql) VALUES (@id, @name, @checksum, @applied_at, @snapshot, @down_sql)";
        Add(command, "id", row.Number);
        Add(command, "name", row.Name);
        Add(command, "checksum", row.Checksum);
        Add(command, "applied_at", row.AppliedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Add(command, "snapshot", row.Snapshot);
        Add(command, "down_sql", row.DownSql);
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task DeleteAsync(DbConnection connection, DbTransaction transaction, int number, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM _basalt_migrations WHERE id = @id";
        Add(command, "id", number);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
