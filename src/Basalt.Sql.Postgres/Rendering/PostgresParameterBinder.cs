using System.Collections;
using System.Globalization;
using System.Text;
using Basalt.Query.Planning;
using Basalt.Spec.Schema;
using Basalt.Sql.Rendering;
using Npgsql;
using NpgsqlTypes;

namespace Basalt.Sql.Postgres.Rendering;

/// <summary>
/// Binds a plan's values with their exact PostgreSQL types, so comparisons use the column's operators and indexes.
/// Enum values and arrays go as text of unknown type: PostgreSQL then reads them as the type the context needs (the
/// column's enum type, its array type), which a value carries no name for.
/// </summary>
internal static class PostgresParameterBinder
{
    public static NpgsqlParameter Bind(SqlArgument argument)
    {
        var (value, type) = Convert(argument.Value);
        return new NpgsqlParameter(argument.Name.TrimStart('@'), type) { Value = value };
    }

    private static (object Value, NpgsqlDbType Type) Convert(SqlValue value)
    {
        var type = value.Type;
        if (type.IsArray)
        {
            return (value.Value is IEnumerable items and not string ? ArrayLiteral(items, type.Kind) : DBNull.Value, NpgsqlDbType.Unknown);
        }
        var dbType = Scalar(type.Kind);
        if (value.Value is not { } clr)
        {
            return (DBNull.Value, dbType);
        }
        return (type.Kind, clr) switch
        {
            (ColumnKind.SmallInt, long l) when l is >= short.MinValue and <= short.MaxValue => ((short)l, NpgsqlDbType.Smallint),
            (ColumnKind.Integer, long l) when l is >= int.MinValue and <= int.MaxValue => ((int)l, NpgsqlDbType.Integer),
            // Out of the column's range: compared as bigint, refused (22003) when stored.
            (ColumnKind.SmallInt or ColumnKind.Integer, long l) => (l, NpgsqlDbType.Bigint),
            (ColumnKind.Real, double d) => ((float)d, NpgsqlDbType.Real),
            (ColumnKind.Real or ColumnKind.Double, decimal m) => ((double)m, dbType),
            (ColumnKind.Numeric, double d) => ((decimal)d, dbType),
            (ColumnKind.Numeric, long l) => ((decimal)l, dbType),
            _ => (clr, dbType),
        };
    }

    private static NpgsqlDbType Scalar(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => NpgsqlDbType.Text,
        ColumnKind.Integer => NpgsqlDbType.Integer,
        ColumnKind.BigInt => NpgsqlDbType.Bigint,
        ColumnKind.SmallInt => NpgsqlDbType.Smallint,
        ColumnKind.Real => NpgsqlDbType.Real,
        ColumnKind.Double => NpgsqlDbType.Double,
        ColumnKind.Numeric => NpgsqlDbType.Numeric,
        ColumnKind.Boolean => NpgsqlDbType.Boolean,
        ColumnKind.Uuid => NpgsqlDbType.Uuid,
        ColumnKind.Date => NpgsqlDbType.Date,
        ColumnKind.Time => NpgsqlDbType.Time,
        ColumnKind.Timestamp => NpgsqlDbType.Timestamp,
        ColumnKind.TimestampTz => NpgsqlDbType.TimestampTz,
        ColumnKind.Json => NpgsqlDbType.Json,
        ColumnKind.Jsonb => NpgsqlDbType.Jsonb,
        ColumnKind.Bytea => NpgsqlDbType.Bytea,
        _ => NpgsqlDbType.Unknown,
    };

    /// <summary>PostgreSQL's array text: every element double-quoted (backslash and quote escaped), NULL bare.</summary>
    private static string ArrayLiteral(IEnumerable items, ColumnKind kind)
    {
        var builder = new StringBuilder("{");
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                builder.Append(',');
            }
            first = false;
            if (item is null)
            {
                builder.Append("NULL");
                continue;
            }
            if (item is IEnumerable nested and not string and not byte[])
            {
                builder.Append(ArrayLiteral(nested, kind));
                continue;
            }
            builder.Append('"').Append(ElementText(item, kind).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        }
        return builder.Append('}').ToString();
    }

    private static string ElementText(object item, ColumnKind kind) => item switch
    {
        bool b => b ? "t" : "f",
        byte[] bytes => "\\x" + System.Convert.ToHexStringLower(bytes),
        Guid g => g.ToString("D"),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00",
        double d when kind == ColumnKind.Real => ((float)d).ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => item.ToString() ?? "",
    };
}
