namespace Basalt.Spec.Policies;

/// <summary>What a policy value is for comparison purposes; values of one class compare with each other.</summary>
internal enum PolicyTypeClass
{
    /// <summary>The <c>null</c> literal, or a column of a table already reported unknown: compares with anything.</summary>
    Any,

    /// <summary>A string literal: SQL's untyped literal, read as text, an enum label, a uuid or a date/time.</summary>
    StringLiteral,
    Text,
    Enum,
    Number,
    Boolean,
    Uuid,
    Date,
    Time,
    Timestamp,
    Json,
    Bytea,
    Array,
}
