using System.Text.Json;
using System.Text.RegularExpressions;
using Basalt.Spec.Schema;

namespace Basalt.Sql.Postgres.Rendering;

/// <summary>
/// Column defaults: the expression written in DDL, and the text <c>pg_get_expr</c> reports for it afterwards, which
/// PostgreSQL normalises (<c>'draft'::posts_status</c>, <c>'-5'::integer</c>, <c>'{}'::text[]</c>). Numbers are
/// written bare so that PostgreSQL parses them into constants whose printed form is known; strings are cast to the
/// column type. Where the printed form depends on session settings (dates and times on DateStyle and TimeZone,
/// bytea on bytea_output) both sides report <see cref="ConstantMarker"/> instead of the value, and JSON values are
/// compared in <see cref="PostgresJson"/>'s canonical spelling on both sides.
/// </summary>
internal static partial class PostgresDefaults
{
    /// <summary>What both sides report for an identity column, which has no default expression.</summary>
    public const string IdentityMarker = "identity";

    /// <summary>What both sides report for a constant whose printed form depends on session settings.</summary>
    public const string ConstantMarker = "constant";

    private static readonly HashSet<string> SettingDependentTypes =
        ["date", "time without time zone", "timestamp without time zone", "timestamp with time zone", "bytea"];

    [GeneratedRegex(@"^'((?:[^']|'')*)'::[^']+$", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedConstant();

    [GeneratedRegex(@"[^{},\s""]+", RegexOptions.CultureInvariant)]
    private static partial Regex ArrayNumber();

    /// <summary>The DEFAULT expression for DDL, or null when the column has none (identity columns have none).</summary>
    public static string? Render(TableName table, ColumnSchema column)
    {
        if (column.Identity)
        {
            return null;
        }
        return column.Default switch
        {
            null => null,
            { Kind: DefaultKind.Now } => "now()",
            { Kind: DefaultKind.AuthUid } => "auth.uid()",
            { Kind: DefaultKind.GenRandomUuid } => "gen_random_uuid()",
            { LiteralJson: var json } => RenderLiteral(table, column, json ?? "null"),
        };
    }

    /// <summary>The default as the introspector will report it once <see cref="Render"/>'s expression is stored.</summary>
    public static string? Expected(TableName table, ColumnSchema column)
    {
        if (column.Identity)
        {
            return IdentityMarker;
        }
        return column.Default switch
        {
            null => null,
            { Kind: DefaultKind.Now } => "now()",
            { Kind: DefaultKind.AuthUid } => "auth.uid()",
            { Kind: DefaultKind.GenRandomUuid } => "gen_random_uuid()",
            { LiteralJson: var json } => ExpectedLiteral(table, column, json ?? "null"),
        };
    }

    /// <summary>Brings a live default (from <c>pg_get_expr</c>) to the form <see cref="Expected"/> predicts.</summary>
    public static string? Normalise(string? live, string storeType)
    {
        if (live is null || QuotedConstant().Match(live) is not { Success: true } constant)
        {
            return live;
        }
        var isArray = storeType.EndsWith("[]", StringComparison.Ordinal);
        var element = isArray ? storeType[..storeType.IndexOf('[', StringComparison.Ordinal)] : storeType;
        if (!isArray && element is "json" or "jsonb")
        {
            var text = constant.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal);
            return PostgresJson.Canonical(text) is { } canonical ? PostgresSql.Literal(canonical) + "::" + storeType : live;
        }
        if (isArray && element is "real" or "double precision")
        {
            // Ryu in PostgreSQL and .NET agree on shortest digits except at exact ties, where PostgreSQL prints one
            // more; re-spelling each element through the same float parse makes both sides meet.
            var text = constant.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal);
            var single = element == "real";
            var respelled = ArrayNumber().Replace(text, m => m.Value == "NULL" ? m.Value : PostgresNumber.Float(m.Value, single) ?? m.Value);
            return PostgresSql.Literal(respelled) + "::" + storeType;
        }
        if (SettingDependentTypes.Contains(element) || (isArray && element is "json" or "jsonb"))
        {
            return ConstantMarker;
        }
        return live;
    }

    private static string? RenderLiteral(TableName table, ColumnSchema column, string json)
    {
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement;
        var type = column.Type;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        var ddlType = PostgresTypeMapper.Ddl(table, column.Name, type);
        if (type.IsArray)
        {
            return PostgresSql.Literal(ArrayText(value, type.Kind)) + "::" + ddlType;
        }
        return type.Kind switch
        {
            _ when IsNumber(type.Kind) => Number(value),
            ColumnKind.Boolean => Boolean(value),
            ColumnKind.Json or ColumnKind.Jsonb => PostgresSql.Literal(value.GetRawText()) + "::" + ddlType,
            _ => PostgresSql.Literal(Text(value, type.Kind)) + "::" + ddlType,
        };
    }

    private static string? ExpectedLiteral(TableName table, ColumnSchema column, string json)
    {
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement;
        var type = column.Type;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        var storeType = PostgresTypeMapper.Store(table, column.Name, type);
        if (type.IsArray)
        {
            return PostgresArrayLiteral.IsPredictable(type.Kind)
                ? PostgresSql.Literal(ArrayText(value, type.Kind)) + "::" + storeType
                : ConstantMarker;
        }
        return type.Kind switch
        {
            _ when IsNumber(type.Kind) => PostgresNumber.ConstantText(Number(value)),
            ColumnKind.Boolean => Boolean(value),
            ColumnKind.Json or ColumnKind.Jsonb => PostgresSql.Literal(PostgresJson.Canonical(value.GetRawText()) ?? value.GetRawText()) + "::" + storeType,
            ColumnKind.Date or ColumnKind.Time or ColumnKind.Timestamp or ColumnKind.TimestampTz or ColumnKind.Bytea => ConstantMarker,
            _ => PostgresSql.Literal(Text(value, type.Kind)) + "::" + storeType,
        };
    }

    private static bool IsNumber(ColumnKind kind) =>
        kind is ColumnKind.SmallInt or ColumnKind.Integer or ColumnKind.BigInt or ColumnKind.Numeric or ColumnKind.Real or ColumnKind.Double;

    /// <summary>A number written bare, in <c>numeric_out</c>'s spelling; the column's type coerces it on insert.</summary>
    private static string Number(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return PostgresNumber.Canonical(text) ?? throw new ArgumentException($"default {text} is not a number");
    }

    private static string Boolean(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => bool.Parse(value.GetString() ?? "") ? "true" : "false",
    };

    private static string Text(JsonElement value, ColumnKind kind)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return kind == ColumnKind.Uuid && Guid.TryParse(text, out var uuid) ? uuid.ToString("D") : text;
    }

    private static string ArrayText(JsonElement value, ColumnKind kind) =>
        value.ValueKind == JsonValueKind.Array ? PostgresArrayLiteral.Build(value, kind)
            // A string default on an array column is taken as PostgreSQL array text already.
            : value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
