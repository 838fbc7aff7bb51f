using Basalt.Sql.Ddl;

namespace Basalt.Sql.Sqlite.Errors;

/// <summary>What a derived CHECK enforces, read from its name's suffix (see <see cref="ConstraintNames"/>).</summary>
internal enum SqliteCheckKind
{
    /// <summary><c>_type</c>: the value is not of the column's type.</summary>
    Type,
    /// <summary><c>_enum</c>: the value is not one of the enum's labels.</summary>
    Enum,
    /// <summary><c>_length</c>, <c>_pattern</c>, <c>_range</c>, <c>_check</c>: a rule on a value of the right type.</summary>
    Rule,
}
