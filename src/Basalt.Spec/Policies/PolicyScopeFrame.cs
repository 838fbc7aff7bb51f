using Basalt.Spec.Schema;

namespace Basalt.Spec.Policies;

/// <summary>
/// A row in scope while parsing: the policy's own table (scope 0) or an <c>exists</c> table. A frame whose table is
/// unknown (already reported) accepts every column, so one typo is not followed by a cascade of errors.
/// </summary>
internal sealed record PolicyScopeFrame(TableName Name, TableSchema? Table, string? Alias, int Scope)
{
    /// <summary>SQL's rule: an alias hides the table's name; without one, <c>users</c> or <c>auth.users</c> both name it.</summary>
    public bool IsNamed(string? schema, string name) => Alias is not null
        ? schema is null && Alias == name
        : Name.Name == name && (schema is null || Name.Schema == schema);

    public bool Has(string column) => Table is null || Table.FindColumn(column) is not null;
}
