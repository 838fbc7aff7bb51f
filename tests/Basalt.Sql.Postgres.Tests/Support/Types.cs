using Basalt.Spec.Schema;

namespace Basalt.Sql.Postgres.Tests.Support;

/// <summary>Short names for column types, so schemas in tests read like the spec.</summary>
internal static class Types
{
    public static ColumnType Text { get; } = new(ColumnKind.Text);
    public static ColumnType Integer { get; } = new(ColumnKind.Integer);
    public static ColumnType BigInt { get; } = new(ColumnKind.BigInt);
    public static ColumnType SmallInt { get; } = new(ColumnKind.SmallInt);
    public static ColumnType Uuid { get; } = new(ColumnKind.Uuid);
    public static ColumnType Boolean { get; } = new(ColumnKind.Boolean);
    public static ColumnType TimestampTz { get; } = new(ColumnKind.TimestampTz);

    public static ColumnType Of(ColumnKind kind) => new(kind);

    public static ColumnType ArrayOf(ColumnKind kind) => new(kind, IsArray: true);

    public static ColumnType Numeric(int? precision = null, int? scale = null) => new(ColumnKind.Numeric, Precision: precision, Scale: scale);

    public static ColumnType Enum(params string[] values) => new(ColumnKind.Enum, EnumValues: values);
}
