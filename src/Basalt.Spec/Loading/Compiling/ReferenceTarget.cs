using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Compiling;

/// <summary>What a reference needs to know of a table, whether Basalt's own (compiled) or the spec's (a draft).</summary>
internal sealed record ReferenceTarget(
    TableName Name,
    IReadOnlyDictionary<string, ColumnType?> Types,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<string> UniqueColumns,
    bool Complete)
{
    public IReadOnlyList<string> ColumnNames => Types.Keys.ToArray();

    /// <summary>The column's type; null when there is no such column (or its type could not be read).</summary>
    public ColumnType? TypeOf(string column) => Types.GetValueOrDefault(column);

    public bool HasColumn(string column) => Types.ContainsKey(column);

    public bool IsKey(string column) => (PrimaryKey is [var only] && only == column) || UniqueColumns.Contains(column);

    public static ReferenceTarget From(TableSchema table) => new(
        table.Name,
        table.Columns.ToDictionary(c => c.Name, c => (ColumnType?)c.Type),
        table.PrimaryKey,
        table.Uniques.Where(u => u.Columns.Count == 1).Select(u => u.Columns[0]).ToArray(),
        Complete: true);

    /// <summary>A draft whose columns did not all read, or that has no key, is <see cref="Complete"/> false: its errors are reported already.</summary>
    public static ReferenceTarget From(TableDraft table) => new(
        TableName.Public(table.Name),
        table.Columns.ToDictionary(c => c.Name, c => c.TypeKnown ? c.Schema.Type : null),
        table.PrimaryKey,
        table.Columns.Where(c => c.Unique).Select(c => c.Name)
            .Concat(table.CompositeUniques.Where(u => u.Columns.Count == 1).Select(u => u.Columns[0])).ToArray(),
        Complete: table.Columns.Count == table.DeclaredColumnNames.Count && table.PrimaryKey.Count > 0);
}
