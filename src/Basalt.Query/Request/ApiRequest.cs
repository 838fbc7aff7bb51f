using System.Text;

namespace Basalt.Query.Request;

/// <summary>
/// A REST request as PostgREST's URL grammar reads it, before any name is checked against the schema: the
/// action, the select tree, filters/order/limit per embed path, write options, preferences, the requested page
/// and representation, and the parsed body. Produced by <see cref="RequestParser"/>; consumed by the planner.
/// </summary>
/// <param name="Kind">What the request does.</param>
/// <param name="HeadOnly">A HEAD request: read, but the response has no body.</param>
/// <param name="Table">The table (or view) name from the path.</param>
/// <param name="Select">The select tree; <c>*</c> when the parameter is absent, empty for <c>select=</c>.</param>
/// <param name="Scopes">Filters, order and limit per embed path; the first is always the root.</param>
/// <param name="Columns"><c>columns=</c>: the body keys to use, or null.</param>
/// <param name="OnConflict"><c>on_conflict=</c>: the unique columns an upsert matches on, or null.</param>
/// <param name="Preferences">The <c>Prefer</c> headers.</param>
/// <param name="Range">The <c>Range</c> header when it was honoured (GET only, <c>first-[last]</c> form).</param>
/// <param name="Page">The top-level rows to return: <paramref name="Range"/> intersected with root limit/offset.</param>
/// <param name="Representation">The negotiated response format.</param>
/// <param name="Body">The body of POST, PATCH and PUT; null for other methods.</param>
public sealed record ApiRequest(
    RequestKind Kind,
    bool HeadOnly,
    string Table,
    IReadOnlyList<SelectItem> Select,
    IReadOnlyList<QueryScope> Scopes,
    IReadOnlyList<string>? Columns,
    IReadOnlyList<string>? OnConflict,
    Preferences Preferences,
    RowRange? Range,
    Page Page,
    Representation Representation,
    RequestBody? Body)
{
    /// <summary>The requested table's own filters, order, limit and offset.</summary>
    public QueryScope Root => Scopes[0];

    /// <summary>The scope of an embed path, or null when the query string says nothing about it.</summary>
    public QueryScope? Scope(EmbedPath path) => Scopes.FirstOrDefault(s => s.Path.Equals(path));

    /// <summary>A compact rendering, one aspect a line, used by tests and debug logs.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Kind.ToString().ToLowerInvariant()).Append(HeadOnly ? " (head) " : " ").Append(Syntax.Name(Table)).Append('\n');
        text.Append("select ").Append(Syntax.Join(Select, ",")).Append('\n');
        foreach (var scope in Scopes.Where(s => !s.Path.IsRoot || s.ToString().Length > 0))
        {
            text.Append(scope.Path.IsRoot ? "" : scope.Path + ": ").Append(scope).Append('\n');
        }
        if (Columns is not null)
        {
            text.Append("columns ").Append(string.Join(",", Columns.Select(Syntax.Name))).Append('\n');
        }
        if (OnConflict is not null)
        {
            text.Append("on_conflict ").Append(string.Join(",", OnConflict.Select(Syntax.Name))).Append('\n');
        }
        var preferences = Preferences.ToString();
        if (preferences.Length > 0)
        {
            text.Append("prefer ").Append(preferences).Append('\n');
        }
        if (Range is not null)
        {
            text.Append("range ").Append(Range).Append('\n');
        }
        if (Page != Page.All)
        {
            text.Append("page ").Append(Page).Append('\n');
        }
        if (Representation != Representation.Json)
        {
            text.Append("accept ").Append(Representation).Append('\n');
        }
        if (Body is not null)
        {
            text.Append("body ").Append(Body).Append('\n');
        }
        return text.ToString().TrimEnd('\n');
    }
}
