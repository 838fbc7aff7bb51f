using Basalt.Spec.Loading.Compiling;
using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Sections;

/// <summary>Reads one entry of <c>tables:</c> into a <see cref="TableDraft"/>; relations are resolved later.</summary>
internal static class TableReader
{
    private const string PrimaryKeyHint =
        "every table needs a primary key; add `primary: true` to a column, e.g. id: { type: bigint, primary: true, generated: identity }";

    public static TableDraft? Read(LoadContext context, SpecScalar key, SpecNode value, string path, IReadOnlyList<string> roles)
    {
        NameChecks.CheckTableName(context, key, path);
        if (context.RequiredSection(value, path, SpecKeys.Table) is not { } map)
        {
            return null;
        }
        var table = new TableDraft(key.Value, key, path);
        var declared = ReadColumns(context, map, table);
        var columns = table.DeclaredColumnNames;
        ReadUniques(context, map["unique"], SpecPath.Key(path, "unique"), table);
        IndexReader.Read(context, map["indexes"], SpecPath.Key(path, "indexes"), table);
        table.Policies = PolicyReader.Read(context, map["policies"], SpecPath.Key(path, "policies"), roles, table.PolicySources);
        table.RateLimits = RateLimitReader.Read(context, map["rate_limit"], SpecPath.Key(path, "rate_limit"), roles);
        table.Cache = ReadCache(context, map["cache"], SpecPath.Key(path, "cache"));
        table.Description = context.OptionalString(map["description"], SpecPath.Key(path, "description"));
        foreach (var column in table.Columns)
        {
            if (column.CheckNode is { } check)
            {
                CheckExpressionValidator.Validate(context, check, SpecPath.Key(column.Path, "check"), columns);
            }
            if (column.RenamedFromNode is { } renamed && columns.Contains(renamed.Value))
            {
                context.Error(renamed, SpecPath.Key(column.Path, "renamed_from"),
                    $"renamed_from '{renamed.Value}' names a column that still exists; remove renamed_from or the other column");
            }
        }
        // Only when every column was read: an unreadable column, or an unreadable primary flag, may be the key.
        if (declared > 0 && table.Columns.Count == declared && !table.Columns.Any(c => c.Primary || c.PrimaryUnreadable))
        {
            context.Error(key, path, PrimaryKeyHint);
        }
        return table;
    }

    /// <returns>How many columns the spec declares (read or not).</returns>
    private static int ReadColumns(LoadContext context, SpecMap map, TableDraft table)
    {
        var path = SpecPath.Key(table.Path, "columns");
        if (!context.Require(map, table.Path, "columns", "; a table lists its columns, e.g. columns: { id: { type: bigint, primary: true } }"))
        {
            return 0;
        }
        var columns = context.Map(map["columns"], path);
        if (columns is null || columns.Entries.Count == 0)
        {
            if (columns is not null || map["columns"] is SpecScalar { IsNull: true, ExpansionFailed: false })
            {
                context.Error(map["columns"]!, path, "a table needs at least one column");
            }
            return 0;
        }
        foreach (var (key, value) in columns.Entries)
        {
            table.DeclaredColumnNames.Add(key.Value);
            if (ColumnReader.Read(context, key, value, SpecPath.Key(path, key.Value)) is { } column)
            {
                table.Columns.Add(column);
            }
        }
        return columns.Entries.Count;
    }

    private static void ReadUniques(LoadContext context, SpecNode? node, string path, TableDraft table)
    {
        if (context.List(node, path) is not { } list)
        {
            return;
        }
        for (var i = 0; i < list.Items.Count; i++)
        {
            var itemPath = SpecPath.Item(path, i);
            var item = list.Items[i];
            if (item is SpecScalar { ExpansionFailed: false })
            {
                context.Error(item, itemPath, $"expected a list of columns, found {item.Describe()}; write unique: [[a, b]] for one constraint over a and b");
                continue;
            }
            if (ColumnListReader.Read(context, item, itemPath, table, "a unique constraint") is { } columns)
            {
                table.CompositeUniques.Add((columns.Select(c => c.Name).ToArray(), item, itemPath));
            }
        }
    }

    private static CacheSettings? ReadCache(LoadContext context, SpecNode? node, string path)
    {
        if (context.Section(node, path, SpecKeys.Cache) is not { } map || !context.Require(map, path, "max_age"))
        {
            return null;
        }
        var maxAgePath = SpecPath.Key(path, "max_age");
        if (map["max_age"] is SpecScalar { IsNull: true, ExpansionFailed: false } empty)
        {
            context.Error(empty, maxAgePath, $"expected a duration, found nothing; write a number and a unit: {Durations.Forms}");
            return null;
        }
        return context.Duration(map["max_age"], maxAgePath) is { } maxAge ? new CacheSettings(maxAge) : null;
    }
}
