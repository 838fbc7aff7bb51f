using System.Text.Json;

namespace Basalt.Query.Request;

/// <summary>
/// A JSON body: an object is one row, an array of objects is many (possibly none). Each row is a
/// <see cref="JsonElement"/> of kind Object, detached from any pooled document so it lives as long as the request.
/// <see cref="Keys"/> are the first row's keys in order; without <c>columns=</c> every row has exactly those keys
/// (PostgREST's "All object keys must match"), with <c>columns=</c> rows may differ and the planner uses the list.
/// </summary>
public sealed record JsonBody(IReadOnlyList<JsonElement> Rows, bool IsArray, IReadOnlyList<string> Keys) : RequestBody
{
    public override int RowCount => Rows.Count;

    public override string ToString() => (IsArray ? "json array of " : "json object: ") + Rows.Count + " row(s) [" + string.Join(",", Keys) + "]";
}
