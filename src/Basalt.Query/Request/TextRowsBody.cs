namespace Basalt.Query.Request;

/// <summary>
/// A body of text values by column: <c>text/csv</c> (header row → <see cref="Columns"/>; the field <c>NULL</c> is a
/// null value, an empty field an empty string, as in PostgREST) or <c>application/x-www-form-urlencoded</c> (one row).
/// </summary>
public sealed record TextRowsBody(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows) : RequestBody
{
    public override int RowCount => Rows.Count;

    public override string ToString() =>
        "[" + string.Join(",", Columns.Select(Syntax.Name)) + "] " + string.Join(" ", Rows.Select(r => "(" + string.Join(",", r.Select(Syntax.Literal)) + ")"));
}
