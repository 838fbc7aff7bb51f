using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Compiling;

/// <summary>
/// Resolves every column's <c>references</c> once all tables are read: <c>table</c> means its single-column primary
/// key, <c>table.column</c> a column that is the key or unique; <c>auth.users</c> is Basalt's own table. The
/// referencing column must have exactly the referenced column's type.
/// </summary>
internal static class ReferenceResolver
{
    private const string Forms = "write a table (profiles) or a table and column (profiles.id)";

    /// <summary>The foreign key of each column whose reference resolved.</summary>
    public static IReadOnlyDictionary<ColumnDraft, ForeignKey> Resolve(LoadContext context, IReadOnlyList<TableDraft> tables)
    {
        var targets = SystemTables.Referenceable.Select(ReferenceTarget.From).Concat(tables.Select(ReferenceTarget.From)).ToArray();
        var keys = new Dictionary<ColumnDraft, ForeignKey>();
        foreach (var table in tables)
        {
            foreach (var column in table.Columns.Where(c => c.References is not null))
            {
                if (Resolve(context, table, column, targets) is { } key)
                {
                    keys[column] = key;
                }
            }
        }
        return keys;
    }

    private static ForeignKey? Resolve(LoadContext context, TableDraft table, ColumnDraft column, IReadOnlyList<ReferenceTarget> targets)
    {
        var node = column.References!;
        var path = SpecPath.Key(column.Path, "references");
        var text = node.Value.Trim();
        var parts = text.Split('.');
        // auth.users and auth.users.id name a system table; anything else starts with a spec table.
        var inSystemSchema = targets.Any(t => t.Name.Schema is not null && t.Name.Schema == parts[0]);
        var tableParts = inSystemSchema ? 2 : 1;
        if (parts.Any(p => p.Length == 0) || parts.Length < tableParts || parts.Length > tableParts + 1)
        {
            context.Error(node, path, $"invalid reference '{text}'; {Forms}");
            return null;
        }
        var tableName = inSystemSchema ? new TableName(parts[0], parts[1]) : TableName.Public(parts[0]);
        var columnPart = parts.Length > tableParts ? parts[^1] : null;
        if (targets.FirstOrDefault(t => t.Name == tableName) is not { } target)
        {
            context.Error(node, path, Suggestions.Unknown("table", tableName.ToString(), targets.Select(t => t.Name.ToString())));
            return null;
        }
        if (!target.Complete)
        {
            return null;
        }
        string referenced;
        if (columnPart is null)
        {
            if (target.PrimaryKey.Count != 1)
            {
                context.Error(node, path, $"table {target.Name} has a primary key of {target.PrimaryKey.Count} columns ({string.Join(", ", target.PrimaryKey)}); "
                    + $"reference one of its unique columns as {target.Name}.column");
                return null;
            }
            referenced = target.PrimaryKey[0];
        }
        else if (!target.HasColumn(columnPart))
        {
            context.Error(node, path, Suggestions.WithValid($"unknown column '{columnPart}' in table {target.Name}", columnPart, target.ColumnNames));
            return null;
        }
        else if (!target.IsKey(columnPart))
        {
            context.Error(node, path, $"{target.Name}.{columnPart} is neither the primary key nor unique; reference the primary key, or add unique: true to {columnPart}");
            return null;
        }
        else
        {
            referenced = columnPart;
        }
        var referencedType = target.TypeOf(referenced);
        if (column.TypeKnown && referencedType is not null && !column.Schema.Type.Equals(referencedType))
        {
            context.Error(node, path, $"type {column.Schema.Type} does not match {target.Name}.{referenced}, which is {referencedType}; a reference must have the same type");
            return null;
        }
        return new ForeignKey($"{table.Name}_{column.Name}_fkey", [column.Name], target.Name, [referenced], column.OnDelete);
    }
}
