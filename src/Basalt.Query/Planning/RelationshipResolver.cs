using Basalt.Spec.Naming;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Picks the relationship an embed (<c>target!hint(…)</c>) means, with PostgREST's rules:
/// <list type="bullet">
/// <item>Without a hint, the target names the related table, or (for a foreign key the source holds or is referenced
/// by) the foreign key's name, or the source's column of a single-column key (<c>/projects?select=client_id(*)</c>).</item>
/// <item>With a hint, the target must name the table and the hint names the foreign key, a column of a single-column
/// key on either side, or the junction table of a many-to-many.</item>
/// <item>A self-reference gives two relationships over one key; the table name picks the one-to-many (children),
/// the key column picks the many-to-one (parent), and a hint must name the referencing column and picks the
/// one-to-many. Self one-to-one and self many-to-many never match (PostgREST leaves those to computed relationships).</item>
/// </list>
/// No match is PGRST200 (400), several are PGRST201 (300).
/// </summary>
public static class RelationshipResolver
{
    /// <summary>The schema name PostgREST reports for spec tables.</summary>
    public const string DefaultSchemaName = "public";

    public static RelationshipResult Resolve(DatabaseSchema schema, TableSchema from, string relation, string? hint)
    {
        var all = RelationshipCatalog.From(schema, from);
        var matches = all.Where(r => Matches(r, relation, hint)).ToArray();
        return matches.Length switch
        {
            1 => RelationshipResult.Ok(matches[0]),
            0 => RelationshipResult.Fail(NotFound(from, relation, hint, all)),
            _ => RelationshipResult.Fail(Ambiguous(from, relation, matches)),
        };
    }

    private static bool Matches(Relationship r, string target, string? hint)
    {
        var isTable = target == r.Target.Name.Name;
        if (r.IsSelf)
        {
            return hint is null
                ? (isTable && r.Kind == RelationshipKind.OneToMany) || (r.Kind == RelationshipKind.ManyToOne && SourceColumn(r) == target)
                : isTable && r.Kind == RelationshipKind.OneToMany && TargetColumn(r) == hint;
        }
        if (hint is null)
        {
            return isTable || (r.ForeignKey is { } key && (key.Name == target || SourceColumn(r) == target));
        }
        return isTable && (r.Junction is { } junction
            ? junction.Table.Name.Name == hint
            : r.ForeignKey!.Name == hint || SourceColumn(r) == hint || TargetColumn(r) == hint);
    }

    /// <summary>The source's column of a single-column direct relationship (PostgREST matches names only on those).</summary>
    private static string? SourceColumn(Relationship r) => r.Junction is null && r.Columns.Count == 1 ? r.Columns[0].Near : null;

    private static string? TargetColumn(Relationship r) => r.Junction is null && r.Columns.Count == 1 ? r.Columns[0].Far : null;

    private static PlanError NotFound(TableSchema from, string relation, string? hint, IReadOnlyList<Relationship> all)
    {
        var source = from.Name.Name;
        var hintPart = hint is null ? "" : $" using the hint '{hint}'";
        // Like PostgREST, suggest only among the tables this one is related to, and never the name typed.
        var closest = ClosestName.Find(relation, all.Select(r => r.Target.Name.Name).Distinct());
        return new PlanError(400, "PGRST200",
            $"Could not find a relationship between '{source}' and '{relation}' in the schema cache",
            $"Searched for a foreign key relationship between '{source}' and '{relation}'{hintPart} in the schema '{DefaultSchemaName}', but no matches were found.",
            closest is null ? null : $"Perhaps you meant '{closest}' instead of '{relation}'.");
    }

    private static PlanError Ambiguous(TableSchema from, string relation, IReadOnlyList<Relationship> matches)
    {
        var source = from.Name.Name;
        var spellings = string.Join(", ", matches.Select(r => $"'{r.Target.Name.Name}!{r.HintName}'"));
        return new PlanError(300, "PGRST201",
            $"Could not embed because more than one relationship was found for '{source}' and '{relation}'",
            null,
            $"Try changing '{relation}' to one of the following: {spellings}. Find the desired relationship in the 'details' key.")
        {
            Candidates = matches.Select(r => new EmbedCandidate(r.Cardinality, $"{source} with {r.Target.Name.Name}", r.Description)).ToArray(),
        };
    }
}
