using System.Globalization;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Policies;

/// <summary>The type of a policy value as the validator sees it, with how a message names the value.</summary>
internal sealed record PolicyValueType(PolicyTypeClass Class, string Description, ColumnSchema? Column = null)
{
    /// <summary>A string literal's text.</summary>
    public string Text { get; init; } = "";

    public static PolicyValueType Of(PolicyValue value, DatabaseSchema schema) => value switch
    {
        PolicyColumn c when schema.Find(c.Table)?.FindColumn(c.Column) is { } column =>
            new(ClassOf(column.Type), $"the {column.Type.SpecName} column {Name(c)}", column),
        PolicyColumn c => new(PolicyTypeClass.Any, $"the column {Name(c)}"),
        PolicyLiteral { Value: null } => new(PolicyTypeClass.Any, "null"),
        PolicyLiteral { Value: string s } => new(PolicyTypeClass.StringLiteral, $"the string '{s}'") { Text = s },
        PolicyLiteral { Value: bool b } => new(PolicyTypeClass.Boolean, b ? "true" : "false"),
        PolicyLiteral l => new(PolicyTypeClass.Number, $"the number {Convert.ToString(l.Value, CultureInfo.InvariantCulture)}"),
        PolicyAuthUid => new(PolicyTypeClass.Uuid, "auth.uid(), a uuid,"),
        PolicyAuthRole => new(PolicyTypeClass.Text, "auth.role(), a text,"),
        PolicyJwtClaim { AsText: true } => new(PolicyTypeClass.Text, "a claim read with ->>, a text,"),
        PolicyJwtClaim => new(PolicyTypeClass.Json, "a claim read with -> (JSON; read it as text with ->>)"),
        PolicyHasRole => new(PolicyTypeClass.Boolean, "auth.has_role(…), a boolean,"),
        PolicyNow => new(PolicyTypeClass.Timestamp, "now(), a timestamptz,"),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "unknown policy value"),
    };

    /// <summary><c>title</c> for the policy's own table, <c>comments.title</c> inside <c>exists</c>.</summary>
    private static string Name(PolicyColumn column) => column.Scope == 0 ? column.Column : $"{column.Table}.{column.Column}";

    public static PolicyTypeClass ClassOf(ColumnType type) => type.IsArray ? PolicyTypeClass.Array : type.Kind switch
    {
        ColumnKind.Text => PolicyTypeClass.Text,
        ColumnKind.Enum => PolicyTypeClass.Enum,
        ColumnKind.Boolean => PolicyTypeClass.Boolean,
        ColumnKind.Uuid => PolicyTypeClass.Uuid,
        ColumnKind.Date => PolicyTypeClass.Date,
        ColumnKind.Time => PolicyTypeClass.Time,
        ColumnKind.Timestamp or ColumnKind.TimestampTz => PolicyTypeClass.Timestamp,
        ColumnKind.Json or ColumnKind.Jsonb => PolicyTypeClass.Json,
        ColumnKind.Bytea => PolicyTypeClass.Bytea,
        _ => PolicyTypeClass.Number,
    };

    /// <summary>Text-like values: what <c>like</c> accepts on either side.</summary>
    public bool IsTextual => Class is PolicyTypeClass.Text or PolicyTypeClass.Enum or PolicyTypeClass.StringLiteral or PolicyTypeClass.Any;

    /// <summary>Values no operator but <c>is [not] null</c> applies to.</summary>
    public bool IsOpaque => Class is PolicyTypeClass.Json or PolicyTypeClass.Bytea or PolicyTypeClass.Array;
}
