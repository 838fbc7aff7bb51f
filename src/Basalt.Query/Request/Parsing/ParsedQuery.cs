namespace Basalt.Query.Request.Parsing;

/// <summary>Everything the query string says, before the headers are combined with it.</summary>
internal sealed record ParsedQuery(
    IReadOnlyList<SelectItem> Select,
    IReadOnlyList<QueryScope> Scopes,
    IReadOnlyList<string>? Columns,
    IReadOnlyList<string>? OnConflict);
