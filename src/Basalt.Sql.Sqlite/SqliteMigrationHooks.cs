using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Basalt.Sql.Sqlite;

/// <summary>
/// What a migration needs around its transaction on SQLite: foreign keys off while tables are rebuilt (the
/// pragma is a no-op inside a transaction, so it runs before BEGIN), and every key checked before commit.
/// </summary>
internal static class SqliteMigrationHooks
{
    private const int ListedViolations = 10;

    public static Task BeforeAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, "PRAGMA foreign_keys=OFF", cancellationToken);

    public static Task AfterAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, "PRAGMA foreign_keys=ON", cancellationToken);

    public static async Task VerifyAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var violations = new List<(string Table, long? Row, string Parent, long Key)>();
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "PRAGMA foreign_key_check";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                violations.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3)));
            }
        }
        catch (SqliteException e)
        {
            // "foreign key mismatch": a key references columns that are not the parent's primary key or unique.
            throw new MigrationCheckException($"the foreign keys cannot be checked after this migration: {e.Message}");
        }
        if (violations.Count == 0)
        {
            return;
        }
        var message = new StringBuilder(
            $"this migration leaves {violations.Count} row(s) whose foreign key references a missing parent row:");
        foreach (var (table, row, parent, key) in violations.Take(ListedViolations))
        {
            var name = await ForeignKeyNameAsync(connection, transaction, table, key, cancellationToken);
            message.Append(CultureInfo.InvariantCulture, $"\n  {table} row {row?.ToString(CultureInfo.InvariantCulture) ?? "?"}: {name} references no row of {parent}");
        }
        if (violations.Count > ListedViolations)
        {
            message.Append(CultureInfo.InvariantCulture, $"\n  … and {violations.Count - ListedViolations} more");
        }
        throw new MigrationCheckException(message.ToString());
    }

    /// <summary>The constraint's name from the table's CREATE TABLE text, matched by its columns.</summary>
    private static async Task<string> ForeignKeyNameAsync(DbConnection connection, DbTransaction transaction, string table, long key, CancellationToken cancellationToken)
    {
        var sql = await ScalarsAsync(connection, transaction, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = $t", table, key, cancellationToken);
        var columns = await ScalarsAsync(connection, transaction, "SELECT \"from\" FROM pragma_foreign_key_list($t) WHERE id = $k ORDER BY seq", table, key, cancellationToken);
        var named = sql.Count == 0 ? null : SqliteCreateTableParser.Parse(sql[0]).ForeignKeys
            .FirstOrDefault(k => k.Name is not null && k.Columns.SequenceEqual(columns, StringComparer.OrdinalIgnoreCase));
        return named?.Name ?? $"foreign key ({string.Join(", ", columns)})";
    }

    private static async Task<List<string>> ScalarsAsync(DbConnection connection, DbTransaction transaction, string sql, string table, long key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$t", table));
        if (sql.Contains("$k", StringComparison.Ordinal))
        {
            command.Parameters.Add(new SqliteParameter("$k", key));
        }
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
