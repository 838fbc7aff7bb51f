using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Builds the <see cref="SelectNode"/> tree: walks <c>select</c> from the requested table down through its embeds,
/// resolving each column and relationship, and attaches each level's filters, order and page from the query string.
/// Remembers which embed paths it planned, so that a filter on a path nobody selected is refused (PGRST108).
/// </summary>
internal sealed class SelectPlanner(DatabaseSchema schema, ApiRequest request)
{
    private readonly HashSet<EmbedPath> _planned = [];

    public SelectNode Root(TableSchema table, long offset, long? limit)
    {
        var node = Level(table, request.Select, EmbedPath.Root, offset, limit);
        CheckScopesPlanned();
        return node;
    }

    /// <summary>The root level's filters alone (for writes, whose rows are not paged).</summary>
    public SelectNode Level(TableSchema table, IReadOnlyList<SelectItem> items, EmbedPath path, long offset, long? limit)
    {
        _planned.Add(path);
        var outputs = new List<OutputItem>();
        foreach (var item in items)
        {
            Output(table, item, path, outputs);
        }
        var embeds = outputs.OfType<EmbedOutput>().ToArray();
        var scope = request.Scope(path);
        var where = scope is null ? null : PredicatePlanner.Plan(table, scope.Filters, embeds);
        var order = scope?.Order is { } terms ? OrderPlanner.Plan(table, terms, embeds) : [];
        return new SelectNode(table, outputs, where, order, limit, offset);
    }

    private void Output(TableSchema table, SelectItem item, EmbedPath path, List<OutputItem> outputs)
    {
        switch (item)
        {
            case StarSelect:
                outputs.AddRange(table.Columns.Select(c => new ColumnOutput(c.Name, new FieldRef(c), null)));
                break;
            case FieldSelect field:
                outputs.Add(new ColumnOutput(field.Alias ?? FieldResolver.DefaultKey(field.Field), FieldResolver.Resolve(table, field.Field), CastNames.Resolve(field.Cast)));
                break;
            case AggregateSelect aggregate:
                outputs.Add(new AggregateOutput(
                    aggregate.Alias ?? aggregate.Function.ToString().ToLowerInvariant(),
                    aggregate.Function,
                    aggregate.Field is null ? null : FieldResolver.Resolve(table, aggregate.Field),
                    CastNames.Resolve(aggregate.FieldCast),
                    CastNames.Resolve(aggregate.Cast)));
                break;
            case EmbedSelect embed:
                outputs.Add(Embed(table, embed, path));
                break;
            default:
                throw new InvalidOperationException("unknown select item " + item.GetType().Name);
        }
    }

    private EmbedOutput Embed(TableSchema table, EmbedSelect embed, EmbedPath path)
    {
        var resolved = RelationshipResolver.Resolve(schema, table, embed.Relation, embed.Hint);
        if (!resolved.Succeeded)
        {
            throw new PlanException(resolved.Error);
        }
        var relationship = resolved.Relationship;
        if (embed.Spread && !relationship.IsToOne)
        {
            throw new PlanException(SchemaErrors.SpreadNotToOne(table.Name.Name, embed.Relation));
        }
        var childPath = new EmbedPath([.. path.Segments, embed.PathName]);
        var scope = request.Scope(childPath);
        var child = Level(relationship.Target, embed.Items, childPath, scope?.Offset ?? 0, scope?.Limit);
        return new EmbedOutput(embed.Alias ?? embed.Relation, relationship, child, embed.Join == JoinKind.Inner, embed.Spread);
    }

    private void CheckScopesPlanned()
    {
        foreach (var scope in request.Scopes)
        {
            if (_planned.Contains(scope.Path))
            {
                continue;
            }
            // Name the first segment that leaves the selected tree, as PostgREST does.
            for (var length = 1; length <= scope.Path.Segments.Count; length++)
            {
                var prefix = new EmbedPath(scope.Path.Segments.Take(length).ToArray());
                if (!_planned.Contains(prefix))
                {
                    throw new PlanException(SchemaErrors.NotEmbedded(prefix.Segments[^1]));
                }
            }
        }
    }
}
