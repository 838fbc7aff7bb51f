using Basalt.Query.Planning;
using Basalt.Spec.Schema;

namespace Basalt.OpenApi.Relations;

/// <summary>
/// The embeds a table offers, found by asking <see cref="RelationshipResolver"/> — the same rules the REST planner
/// follows — rather than re-deriving them: for every served table, the plain table name first, then each foreign
/// key name, key column and junction table as a <c>!hint</c>, keeping the first spelling that resolves to each
/// relationship. So every spelling listed really works, and an ambiguous name is listed with its hint.
/// </summary>
internal static class EmbedCatalog
{
    public static IReadOnlyList<Embed> For(DatabaseSchema schema, TableSchema source)
    {
        var found = new List<Embed>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in schema.UserTables)
        {
            foreach (var (relation, hint) in Spellings(schema, source, target))
            {
                var result = RelationshipResolver.Resolve(schema, source, relation, hint);
                if (result.Relationship is { } relationship && seen.Add(relationship.ToString()))
                {
                    found.Add(new Embed(hint is null ? relation : $"{relation}!{hint}", relationship));
                }
            }
        }
        return found;
    }

    /// <summary>
    /// Candidate spellings, shortest first: the table, a key column of the source, then the table with each hint.
    /// Only tables joined by a foreign key or a junction are tried, so the cost follows the relations, not tables².
    /// </summary>
    private static IEnumerable<(string Relation, string? Hint)> Spellings(DatabaseSchema schema, TableSchema source, TableSchema target)
    {
        var keysBetween = source.ForeignKeys.Where(k => k.RefTable == target.Name)
            .Concat(target.ForeignKeys.Where(k => k.RefTable == source.Name))
            .Distinct()
            .ToArray();
        var junctions = schema.UserTables
            .Where(j => j.ForeignKeys.Any(k => k.RefTable == source.Name) && j.ForeignKeys.Any(k => k.RefTable == target.Name))
            .Select(j => j.Name.Name)
            .ToArray();
        if (keysBetween.Length == 0 && junctions.Length == 0)
        {
            yield break;
        }
        var name = target.Name.Name;
        yield return (name, null);
        foreach (var key in source.ForeignKeys.Where(k => k.RefTable == target.Name && k.Columns.Count == 1))
        {
            yield return (key.Columns[0], null);
        }
        var hints = keysBetween.Select(k => k.Name)
            .Concat(keysBetween.Where(k => k.Columns.Count == 1).SelectMany(k => new[] { k.Columns[0], k.RefColumns[0] }))
            .Concat(junctions);
        foreach (var hint in hints.Distinct(StringComparer.Ordinal))
        {
            yield return (name, hint);
        }
    }
}
