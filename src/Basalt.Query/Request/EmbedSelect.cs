namespace Basalt.Query.Request;

/// <summary>
/// A related resource: <c>alias:relation!hint!inner(items)</c>, or spread into the parent with
/// <c>...relation(items)</c> (a spread has no alias). <see cref="Hint"/> names the foreign key or column that
/// disambiguates the relationship; <see cref="Join"/> is null when the request did not say.
/// </summary>
public sealed record EmbedSelect(string Relation, string? Alias, string? Hint, JoinKind? Join, bool Spread, IReadOnlyList<SelectItem> Items) : SelectItem
{
    /// <summary>The name filters, orders and limits use for this embed: its alias, or else its relation.</summary>
    public string PathName => Alias ?? Relation;

    public override string ToString() =>
        (Spread ? "..." : "") + (Alias is null ? "" : Syntax.Name(Alias) + ":") + Syntax.Name(Relation)
        + (Hint is null ? "" : "!" + Syntax.Name(Hint)) + (Join is null ? "" : "!" + Join.Value.ToString().ToLowerInvariant())
        + "(" + Syntax.Join(Items, ",") + ")";
}
