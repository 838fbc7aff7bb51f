using Basalt.Spec.Loading.Compiling;
using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Sections;

/// <summary>Reads <c>indexes:</c>, a list of <c>{ columns: [a, "b desc"], kind: btree|fulltext, unique, name }</c>.</summary>
internal static class IndexReader
{
    internal static IReadOnlyList<string> Kinds { get; } = ["btree", "fulltext"];

    public static void Read(LoadContext context, SpecNode? node, string path, TableDraft table)
    {
        if (context.List(node, path) is not { } list)
        {
            return;
        }
        for (var i = 0; i < list.Items.Count; i++)
        {
            var itemPath = SpecPath.Item(path, i);
            if (context.RequiredSection(list.Items[i], itemPath, SpecKeys.Index) is { } map
                && ReadIndex(context, map, itemPath, table) is { } index)
            {
                var named = map["name"] is SpecScalar { IsNull: false };
                table.Indexes.Add((index, named ? map["name"]! : map, named ? SpecPath.Key(itemPath, "name") : itemPath));
            }
        }
    }

    private static IndexSchema? ReadIndex(LoadContext context, SpecMap map, string path, TableDraft table)
    {
        var kindPath = SpecPath.Key(path, "kind");
        var fulltext = context.Choice(map["kind"], kindPath, "index kind", Kinds) == "fulltext";
        var uniquePath = SpecPath.Key(path, "unique");
        var unique = context.Bool(map["unique"], uniquePath) ?? false;
        var name = ReadName(context, map, path);
        var ok = true;
        if (fulltext && unique)
        {
            context.Error(map["unique"]!, uniquePath, "a fulltext index cannot be unique");
            ok = false;
        }
        if (!context.Require(map, path, "columns", "; e.g. columns: [author_id, created_at desc]"))
        {
            return null;
        }
        var columnsPath = SpecPath.Key(path, "columns");
        if (ColumnListReader.Read(context, map["columns"]!, columnsPath, table, "an index", allowOrder: true) is not { } columns)
        {
            return null;
        }
        foreach (var entry in fulltext ? columns : [])
        {
            if (entry.Column.TypeKnown && entry.Column.Schema.Type is not { Kind: ColumnKind.Text, IsArray: false })
            {
                context.Error(entry.Node, entry.Path, $"a fulltext index covers text columns only; '{entry.Name}' is {entry.Column.Schema.Type.SpecName}");
                ok = false;
            }
            else if (entry.Descending)
            {
                context.Error(entry.Node, entry.Path, "a fulltext index has no order; remove desc");
                ok = false;
            }
        }
        if (!ok)
        {
            return null;
        }
        var derived = $"{table.Name}_{string.Join("_", columns.Select(c => c.Name))}_{(fulltext ? "fts" : "idx")}";
        return new IndexSchema(name ?? derived, columns.Select(c => new IndexColumn(c.Name, c.Descending)).ToArray(),
            fulltext ? IndexKind.FullText : IndexKind.BTree, unique);
    }

    private static string? ReadName(LoadContext context, SpecMap map, string path)
    {
        var namePath = SpecPath.Key(path, "name");
        var scalar = context.Scalar(map["name"], namePath, "an index name");
        if (scalar is null || scalar.IsNull || (scalar.Value.Length == 0 && scalar.Quoted))
        {
            return null;
        }
        return NameChecks.CheckIdentifier(context, scalar, namePath, "index") ? scalar.Value : null;
    }
}
