using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Compiling;

/// <summary>
/// Turns drafts into the compiled <see cref="TableSchema"/> values the migration differ compares: constraints get
/// their derived names here (<c>{table}_{col}_key</c>, <c>_fkey</c>, <c>_idx</c>, <c>_fts</c>), in declaration order.
/// Derived names are checked against PostgreSQL's 63-character limit and against each other, since indexes,
/// unique constraints, tables and enum types share one namespace there.
/// </summary>
internal sealed class SchemaCompiler
{
    private readonly LoadContext context;
    private readonly HashSet<string> usedNames = new(StringComparer.Ordinal);

    private SchemaCompiler(LoadContext context, IReadOnlyList<TableDraft> tables)
    {
        this.context = context;
        foreach (var system in SystemTables.All)
        {
            usedNames.Add(system.Name.Flat);
            usedNames.Add($"{system.Name.Flat}_pkey");
            usedNames.UnionWith(system.Uniques.Select(u => u.Name));
            usedNames.UnionWith(system.Indexes.Select(i => i.Name));
        }
        foreach (var table in tables)
        {
            usedNames.Add(table.Name);
            usedNames.Add($"{table.Name}_pkey");
        }
    }

    /// <param name="roles">Every role a policy may name, for <c>auth.has_role</c>.</param>
    public static IReadOnlyList<TableSchema> Compile(LoadContext context, IReadOnlyList<TableDraft> tables,
        IReadOnlyDictionary<ColumnDraft, ForeignKey> foreignKeys, IReadOnlyList<string> roles)
    {
        var compiler = new SchemaCompiler(context, tables);
        var compiled = tables.Select(t => compiler.Compile(t, foreignKeys)).ToArray();
        // Policies last: an exists(...) may name any table, so each is checked against the whole schema.
        return PolicyChecker.Attach(context, tables, compiled, roles);
    }

    private TableSchema Compile(TableDraft table, IReadOnlyDictionary<ColumnDraft, ForeignKey> foreignKeys)
    {
        foreach (var column in table.Columns.Where(c => c.TypeKnown && c.Schema.Type.Kind == ColumnKind.Enum))
        {
            Claim($"{table.Name}_{column.Name}", column.Key, column.Path, "enum type", "rename the table or the column");
        }
        var uniques = new List<UniqueConstraint>();
        // A single-column key is unique already; a column of a composite key is not, so its own unique stays.
        var soleKey = table.PrimaryKey is [var only] ? only : null;
        foreach (var column in table.Columns.Where(c => c.Unique && c.Name != soleKey))
        {
            AddUnique(uniques, table, [column.Name], column.Key, column.Path);
        }
        foreach (var (columns, node, path) in table.CompositeUniques)
        {
            AddUnique(uniques, table, columns, node, path);
        }
        var keys = new List<ForeignKey>();
        foreach (var column in table.Columns)
        {
            if (foreignKeys.TryGetValue(column, out var key) && CheckLength(key.Name, column.References!, SpecPath.Key(column.Path, "references"), "rename the table or the column"))
            {
                keys.Add(key);
            }
        }
        var indexes = new List<IndexSchema>();
        foreach (var (index, node, path) in table.Indexes)
        {
            if (Claim(index.Name, node, path, "index", "give the index another name with name:"))
            {
                indexes.Add(index);
            }
        }
        return new TableSchema(TableName.Public(table.Name), table.Columns.Select(c => c.Schema).ToArray())
        {
            PrimaryKey = table.PrimaryKey,
            Uniques = uniques.ToArray(),
            ForeignKeys = keys.ToArray(),
            Indexes = indexes.ToArray(),
            Policies = table.Policies,
            RateLimits = table.RateLimits,
            Cache = table.Cache,
            Description = table.Description,
        };
    }

    private void AddUnique(List<UniqueConstraint> uniques, TableDraft table, IReadOnlyList<string> columns, SpecNode node, string path)
    {
        var name = $"{table.Name}_{string.Join("_", columns)}_key";
        if (uniques.Any(u => u.Columns.SequenceEqual(columns)))
        {
            context.Error(node, path, $"a unique constraint on ({string.Join(", ", columns)}) is already declared");
        }
        else if (Claim(name, node, path, "unique constraint", "rename the table or a column"))
        {
            uniques.Add(new UniqueConstraint(name, columns.ToArray()));
        }
    }

    /// <summary>Takes <paramref name="name"/> in the shared namespace; false (reported) when too long or already taken.</summary>
    private bool Claim(string name, SpecNode node, string path, string what, string fix)
    {
        if (!CheckLength(name, node, path, fix))
        {
            return false;
        }
        if (!usedNames.Add(name))
        {
            context.Error(node, path, $"the {what} name '{name}' is already used by another table, index, constraint or enum type; {fix}");
            return false;
        }
        return true;
    }

    private bool CheckLength(string name, SpecNode node, string path, string fix)
    {
        if (name.Length <= NameRules.MaxIdentifierLength)
        {
            return true;
        }
        context.Error(node, path, $"the name '{name}' is longer than {NameRules.MaxIdentifierLength} characters, PostgreSQL's limit; {fix}");
        return false;
    }
}
