namespace Basalt.Spec.Schema;

/// <summary>The scalar column types a spec may name. Arrays are a <see cref="ColumnType"/> flag, not a kind.</summary>
public enum ColumnKind
{
    Text,
    Integer,
    BigInt,
    SmallInt,
    Real,
    Double,
    Numeric,
    Boolean,
    Uuid,
    Date,
    Time,
    Timestamp,
    TimestampTz,
    Json,
    Jsonb,
    Bytea,
    Enum,
}
