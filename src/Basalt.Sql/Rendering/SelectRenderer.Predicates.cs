using Basalt.Query.Planning;

namespace Basalt.Sql.Rendering;

/// <summary>Filters: the boolean structure is the same on every engine; each condition is the flavor's.</summary>
public sealed partial class SelectRenderer
{
    /// <summary>A predicate over the rows of the level whose table is <paramref name="alias"/>.</summary>
    public string Predicate(Predicate predicate, string alias) => predicate switch
    {
        ConditionPredicate condition => Flavor.Conditions.Render(writer, condition, Field(condition.Field, alias)),
        EmbedPresence presence => presence.Present ? Exists(presence.Embed, alias) : "NOT " + Exists(presence.Embed, alias),
        AndPredicate and => and.Items.Count == 0 ? "TRUE" : "(" + string.Join(" AND ", and.Items.Select(p => Predicate(p, alias))) + ")",
        OrPredicate or => or.Items.Count == 0 ? "FALSE" : "(" + string.Join(" OR ", or.Items.Select(p => Predicate(p, alias))) + ")",
        NotPredicate not => "NOT (" + Predicate(not.Item, alias) + ")",
        _ => throw new NotSupportedException($"predicate {predicate.GetType().Name} cannot be rendered"),
    };
}
