using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;

namespace Basalt.Sql.Errors;

/// <summary>
/// PostgreSQL's own wording for the errors a request can cause, for an engine that must say the same thing
/// (SQLite). Each builder names what PostgreSQL would say; where the other engine cannot know a part (the value,
/// the failing row, the constraint of a foreign key) the part is left out rather than guessed, and the builder
/// says which. Relations are named unqualified (<c>"users"</c>, not <c>"auth.users"</c>), as PostgreSQL does.
/// </summary>
public static class PostgresErrors
{
    /// <summary>
    /// PostgreSQL also gives the value, <c>Key (title)=(x) already exists.</c>; an engine that does not know it says
    /// <c>Key (title) already exists.</c>
    /// </summary>
    public static DatabaseError UniqueViolation(string? constraint, IReadOnlyList<string> columns) => new(
        SqlStates.UniqueViolation,
        constraint is null ? "duplicate key value violates a unique constraint" : $"duplicate key value violates unique constraint \"{constraint}\"",
        columns.Count == 0 ? null : $"Key ({string.Join(", ", columns)}) already exists.",
        null);

    /// <summary>PostgreSQL's details add the failing row (<c>Failing row contains (…)</c>).</summary>
    public static DatabaseError NotNullViolation(string column, string relation) => new(
        SqlStates.NotNullViolation, $"null value in column \"{column}\" of relation \"{relation}\" violates not-null constraint", null, null);

    /// <summary>PostgreSQL's details add the failing row (<c>Failing row contains (…)</c>).</summary>
    public static DatabaseError CheckViolation(string? relation, string? constraint)
    {
        var row = relation is null ? "new row" : $"new row for relation \"{relation}\"";
        var check = constraint is null ? "a check constraint" : $"check constraint \"{constraint}\"";
        return new(SqlStates.CheckViolation, $"{row} violates {check}", null, null);
    }

    /// <summary>
    /// A foreign key failed, with neither the table, the constraint nor the direction known. PostgreSQL says either
    /// <c>insert or update on table "posts" violates foreign key constraint "posts_author_id_fkey"</c> (details:
    /// <c>Key (author_id)=(…) is not present in table "profiles".</c>) or <c>update or delete on table "profiles"
    /// violates foreign key constraint "posts_author_id_fkey" on table "posts"</c> (details: <c>Key (id)=(…) is still
    /// referenced from table "posts".</c>); this keeps their common form.
    /// </summary>
    public static DatabaseError ForeignKeyViolation() => new(
        SqlStates.ForeignKeyViolation, "insert, update or delete violates a foreign key constraint", null, null);

    /// <summary>PostgreSQL adds the value: <c>invalid input syntax for type uuid: "x"</c>.</summary>
    public static DatabaseError InvalidInputSyntax(string typeName) => new(
        SqlStates.InvalidTextRepresentation, $"invalid input syntax for type {typeName}", null, null);

    /// <summary>PostgreSQL adds the value: <c>invalid input value for enum posts_status: "x"</c>.</summary>
    public static DatabaseError InvalidEnumValue(string enumType) => new(
        SqlStates.InvalidTextRepresentation, $"invalid input value for enum {enumType}", null, null);

    /// <summary>PostgreSQL adds the value and what is wrong with it in details.</summary>
    public static DatabaseError MalformedArray() => new(SqlStates.InvalidTextRepresentation, "malformed array literal", null, null);

    /// <summary>
    /// PostgreSQL adds the value, and reports an impossible date (<c>2024-02-30</c>) as 22008
    /// <c>date/time field value out of range</c> instead.
    /// </summary>
    public static DatabaseError InvalidDatetime(string typeName) => new(
        SqlStates.InvalidDatetimeFormat, $"invalid input syntax for type {typeName}", null, null);

    /// <summary>PostgreSQL's wording for a number cast to a too small integer type; for text input it says <c>value "x" is out of range for type integer</c>.</summary>
    public static DatabaseError IntegerOutOfRange(string typeName) => new(
        SqlStates.NumericValueOutOfRange, $"{typeName} out of range", null, null);

    /// <summary>PostgreSQL's wording for a value too large for <c>numeric(p,s)</c>; <paramref name="details"/> says the limit.</summary>
    public static DatabaseError NumericFieldOverflow(string? details) => new(
        SqlStates.NumericValueOutOfRange, "numeric field overflow", details, null);

    /// <summary><c>column "c" of relation "r" does not exist</c> (a write's target), <c>column "c" does not exist</c>, or <c>column t.c does not exist</c> when qualified.</summary>
    public static DatabaseError UndefinedColumn(string column, string? relation = null, string? qualifier = null) => new(
        SqlStates.UndefinedColumn,
        qualifier is not null ? $"column {qualifier}.{column} does not exist"
            : relation is not null ? $"column \"{column}\" of relation \"{relation}\" does not exist"
            : $"column \"{column}\" does not exist",
        null, null);

    public static DatabaseError UndefinedTable(string relation) => new(SqlStates.UndefinedTable, $"relation \"{relation}\" does not exist", null, null);

    /// <summary>
    /// What PostgreSQL says when text is not a value of the column's type: 22P02 for most types (enum and array have
    /// their own wording), 22007 for dates and times.
    /// </summary>
    public static DatabaseError InvalidValue(TableName table, ColumnSchema column)
    {
        var type = column.Type;
        if (type.IsArray)
        {
            return MalformedArray();
        }
        return type.Kind switch
        {
            ColumnKind.Enum => InvalidEnumValue(EnumTypeName(table, column.Name)),
            ColumnKind.Date or ColumnKind.Time or ColumnKind.Timestamp or ColumnKind.TimestampTz => InvalidDatetime(InputTypeName(type)),
            _ => InvalidInputSyntax(InputTypeName(type)),
        };
    }

    /// <summary>
    /// The type as PostgreSQL names it in input errors: <c>double precision</c>, <c>timestamp with time zone</c>,
    /// <c>time</c>, and <c>json</c> for jsonb too (jsonb parses with json's parser and reports as json).
    /// </summary>
    public static string InputTypeName(ColumnType type) => type.Kind switch
    {
        ColumnKind.Double => "double precision",
        ColumnKind.TimestampTz => "timestamp with time zone",
        ColumnKind.Jsonb => "json",
        _ => ColumnKinds.SpecName(type.Kind),
    };

    /// <summary>An enum column's type as PostgreSQL prints it: <c>posts_status</c>, schema-qualified outside <c>public</c> (<c>auth.auth_users_role</c>).</summary>
    public static string EnumTypeName(TableName table, string column)
    {
        var name = ConstraintNames.EnumType(table, column);
        return table.Schema is null ? name : $"{table.Schema}.{name}";
    }
}
