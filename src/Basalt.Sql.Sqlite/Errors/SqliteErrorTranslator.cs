using System.Text.RegularExpressions;
using Basalt.Spec.Schema;
using Basalt.Sql.Errors;
using Microsoft.Data.Sqlite;

namespace Basalt.Sql.Sqlite.Errors;

/// <summary>
/// Turns SQLite's errors about a statement's data into PostgreSQL's SQLSTATE and, as closely as SQLite's message
/// allows, PostgreSQL's words, so a client cannot tell the engines apart by code. SQLite names columns where
/// PostgreSQL names constraints, and never gives the value or the row; the schema recovers the names, and what
/// cannot be recovered is left out (see <see cref="PostgresErrors"/> for each difference).
/// Only identifiers taken from SQLite's message are repeated, never the message itself: an unnamed CHECK's
/// message is its SQL expression. Errors that are not about the statement (busy, locked, read-only, I/O, disk
/// full, a corrupt file, a value too big, an interrupt, a syntax error from a bug) are not translated.
/// </summary>
internal static partial class SqliteErrorTranslator
{
    public static DatabaseError? Translate(Exception exception, DatabaseSchema schema)
    {
        if (exception is not SqliteException error)
        {
            return null;
        }
        var message = NativeMessage(error);
        return error.SqliteExtendedErrorCode switch
        {
            SqliteResultCodes.ConstraintUnique or SqliteResultCodes.ConstraintPrimaryKey => Unique(message, schema),
            SqliteResultCodes.ConstraintNotNull => NotNull(message, schema),
            SqliteResultCodes.ConstraintCheck => Check(message, schema),
            SqliteResultCodes.ConstraintForeignKey => PostgresErrors.ForeignKeyViolation(),
            SqliteResultCodes.ConstraintTrigger when message == "FOREIGN KEY constraint failed" => PostgresErrors.ForeignKeyViolation(),
            SqliteResultCodes.ConstraintDataType => StorageRefused(message, schema),
            SqliteResultCodes.Mismatch => SqliteTypeErrors.RowidRefused(schema),
            SqliteResultCodes.Error => UnknownName(message, schema),
            _ => null,
        };
    }

    /// <summary><c>UNIQUE constraint failed: posts.title</c>, or <c>t.a, t.b</c> for a key over two columns.</summary>
    private static DatabaseError Unique(string message, DatabaseSchema schema)
    {
        if (ColumnList(message, "UNIQUE constraint failed: ") is not { } key || !key.Columns.All(IsName))
        {
            // An index over expressions ("index 'name'"), which Basalt does not create: still a duplicate.
            return PostgresErrors.UniqueViolation(null, []);
        }
        var table = SqliteSchemaLookup.Table(schema, key.Table);
        return PostgresErrors.UniqueViolation(table is null ? null : SqliteSchemaLookup.UniqueName(table, key.Columns), key.Columns);
    }

    /// <summary><c>NOT NULL constraint failed: posts.title</c>.</summary>
    private static DatabaseError? NotNull(string message, DatabaseSchema schema) =>
        ColumnList(message, "NOT NULL constraint failed: ") is { Columns: [var column] } target && IsName(column) && IsName(target.Table)
            ? PostgresErrors.NotNullViolation(column, SqliteSchemaLookup.RelationName(schema, target.Table))
            : null;

    /// <summary>
    /// <c>CHECK constraint failed: posts_title_length</c>. A derived CHECK's suffix says what it enforces: the
    /// column's type and enum are input errors on PostgreSQL (22P02 and kin), every other rule a check violation.
    /// </summary>
    private static DatabaseError? Check(string message, DatabaseSchema schema)
    {
        const string prefix = "CHECK constraint failed: ";
        if (!message.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var name = message[prefix.Length..];
        if (SqliteSchemaLookup.Check(schema, name) is not { } check)
        {
            // Not one of ours: a name is repeated, an expression (an unnamed CHECK) is not.
            return PostgresErrors.CheckViolation(null, IsName(name) ? name : null);
        }
        var (table, column) = (check.Table.Name, check.Column);
        return check.Kind switch
        {
            SqliteCheckKind.Type => SqliteTypeErrors.TypeCheckFailed(table, column),
            SqliteCheckKind.Enum => PostgresErrors.InvalidEnumValue(PostgresErrors.EnumTypeName(table, column.Name)),
            _ => PostgresErrors.CheckViolation(table.Name, name),
        };
    }

    /// <summary><c>cannot store TEXT value in INTEGER column samples.int</c>.</summary>
    private static DatabaseError? StorageRefused(string message, DatabaseSchema schema)
    {
        var match = StrictMismatch().Match(message);
        if (!match.Success)
        {
            return null;
        }
        var table = SqliteSchemaLookup.Table(schema, match.Groups["table"].Value);
        return table?.FindColumn(match.Groups["column"].Value) is { } column
            ? SqliteTypeErrors.StorageRefused(table.Name, column)
            : SqliteTypeErrors.StorageRefused(match.Groups["store"].Value);
    }

    /// <summary>
    /// A name the statement used that the database lacks. The planner resolves names against the schema first, so
    /// this means the file and the schema disagree; the client still gets PostgreSQL's code for it.
    /// </summary>
    private static DatabaseError? UnknownName(string message, DatabaseSchema schema)
    {
        if (NoColumnNamed().Match(message) is { Success: true } target && IsName(target.Groups["table"].Value) && IsName(target.Groups["column"].Value))
        {
            return PostgresErrors.UndefinedColumn(target.Groups["column"].Value, SqliteSchemaLookup.RelationName(schema, target.Groups["table"].Value));
        }
        if (NoSuchColumn().Match(message) is { Success: true } column && IsName(column.Groups["column"].Value))
        {
            var qualifier = column.Groups["qualifier"].Value;
            return qualifier.Length == 0 ? PostgresErrors.UndefinedColumn(column.Groups["column"].Value)
                : IsName(qualifier) ? PostgresErrors.UndefinedColumn(column.Groups["column"].Value, qualifier: qualifier)
                : null;
        }
        if (NoSuchTable().Match(message) is { Success: true } table && IsName(table.Groups["table"].Value))
        {
            return PostgresErrors.UndefinedTable(SqliteSchemaLookup.RelationName(schema, table.Groups["table"].Value));
        }
        return null;
    }

    /// <summary>Splits <c>t.a, t.b</c> after <paramref name="prefix"/> into the table and its columns.</summary>
    private static (string Table, string[] Columns)? ColumnList(string message, string prefix)
    {
        if (!message.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var parts = message[prefix.Length..].Split(", ").Select(p => p.Split('.', 2)).ToArray();
        if (parts.Any(p => p.Length != 2) || parts.Select(p => p[0]).Distinct().Count() != 1)
        {
            return null;
        }
        return (parts[0][0], parts.Select(p => p[1]).ToArray());
    }

    /// <summary>
    /// SQLite's own message: Microsoft.Data.Sqlite wraps it as <c>SQLite Error 19: 'UNIQUE constraint failed: t.c'.</c>
    /// </summary>
    private static string NativeMessage(SqliteException error)
    {
        var text = error.Message;
        var start = text.IndexOf(": '", StringComparison.Ordinal);
        return text.StartsWith("SQLite Error ", StringComparison.Ordinal) && start > 0 && text.EndsWith("'.", StringComparison.Ordinal)
            ? text[(start + 3)..^2]
            : text;
    }

    /// <summary>An identifier, safe to repeat: never SQL, a path or a value.</summary>
    private static bool IsName(string text) => text.Length is > 0 and <= 128 && Identifier().IsMatch(text);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex("^cannot store [A-Z]+ value in (?<store>[A-Z]+) column (?<table>[^.]+)\\.(?<column>.+)$")]
    private static partial Regex StrictMismatch();

    [GeneratedRegex("^table (?<table>\\S+) has no column named (?<column>\\S+)$")]
    private static partial Regex NoColumnNamed();

    [GeneratedRegex("^no such column: (?:(?<qualifier>[^.]+)\\.)?(?<column>[^.]+)$")]
    private static partial Regex NoSuchColumn();

    [GeneratedRegex("^no such table: (?<table>\\S+)$")]
    private static partial Regex NoSuchTable();
}
