using Basalt.Query.Planning;
using Basalt.Spec.Schema;

namespace Basalt.Query.Tests.Planning;

/// <summary>Resolves embeds and renders the outcome on one line, so test tables read like the relationships they pin.</summary>
internal static class Relationships
{
    public static RelationshipResult Resolve(DatabaseSchema schema, string from, string relation, string? hint) =>
        RelationshipResolver.Resolve(schema, schema.Table(from), relation, hint);

    /// <summary>
    /// <c>ManyToOne profiles on author_id = id via posts_author_id_fkey (object)</c>, or for a junction
    /// <c>ManyToMany films through roles on id = actor_id, film_id = id via roles_actor_id_fkey, roles_film_id_fkey (array)</c>.
    /// </summary>
    public static string Describe(Relationship r)
    {
        var shape = r.IsToOne ? "object" : "array";
        if (r.Junction is { } j)
        {
            var pairs = string.Join(", ", j.SourceColumns.Concat(j.TargetColumns));
            return $"{r.Kind} {r.Target.Name} through {j.Table.Name} on {pairs} via {j.SourceKey.Name}, {j.TargetKey.Name} ({shape})";
        }
        return $"{r.Kind} {r.Target.Name} on {string.Join(", ", r.Columns)} via {r.ForeignKey!.Name} ({shape})";
    }

    public static string Render(DatabaseSchema schema, string from, string relation, string? hint)
    {
        var result = Resolve(schema, from, relation, hint);
        return result.Succeeded ? Describe(result.Relationship) : result.Error.ToString();
    }

    public static DatabaseSchema Named(string name) => name switch
    {
        "blog" => PlanningSchemas.Blog,
        "shop" => PlanningSchemas.Shop,
        "films" => PlanningSchemas.Films,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
