using Basalt.Spec.Loading.Compiling;
using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Sections;

/// <summary>Reads a list of this table's columns (a composite unique, an index), each optionally with <c>asc</c>/<c>desc</c>.</summary>
internal static class ColumnListReader
{
    public sealed record Entry(ColumnDraft Column, bool Descending, SpecScalar Node, string Path)
    {
        public string Name => Column.Name;
    }

    /// <returns>The columns, or null when the list is empty or any entry is wrong (each reported).</returns>
    public static IReadOnlyList<Entry>? Read(LoadContext context, SpecNode node, string path, TableDraft table, string what, bool allowOrder = false)
    {
        if (context.Strings(node, path) is not { } names)
        {
            if (node is SpecScalar { IsNull: true, ExpansionFailed: false })
            {
                context.Error(node, path, $"{what} needs at least one column");
            }
            return null;
        }
        if (names.Count == 0)
        {
            if (node is SpecList)
            {
                context.Error(node, path, $"{what} needs at least one column");
            }
            return null;
        }
        var entries = new List<Entry>();
        var ok = names.Count == ((SpecList)node).Items.Count;
        foreach (var (text, item, itemPath) in names)
        {
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            var ordered = parts.Length == 2 && (descending || parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase));
            if (parts.Length == 0 || parts.Length > 2 || (parts.Length == 2 && (!ordered || !allowOrder)))
            {
                context.Error(item, itemPath, allowOrder
                    ? $"invalid index column '{text}'; write a column name, optionally followed by asc or desc"
                    : $"invalid column '{text}'; write a column name");
                ok = false;
                continue;
            }
            if (table.FindColumn(parts[0]) is not { } column)
            {
                // A column that failed to read was reported already; only names never declared are unknown.
                if (!table.Declares(parts[0]))
                {
                    context.Error(item, itemPath, Suggestions.Unknown("column", parts[0], table.DeclaredColumnNames));
                }
                ok = false;
                continue;
            }
            if (entries.Any(e => e.Name == column.Name))
            {
                context.Error(item, itemPath, $"column '{column.Name}' is listed twice");
                ok = false;
                continue;
            }
            entries.Add(new Entry(column, descending, item, itemPath));
        }
        return ok ? entries : null;
    }
}
