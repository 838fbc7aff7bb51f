using Basalt.Spec.Policies;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Folds the tables' row-level policies into a plan for one caller, as PostgreSQL applies RLS:
/// <list type="bullet">
/// <item>reads: every level — the table asked for and every embedded one — keeps only the rows its <c>select</c> policy
/// lets through, so counts, <c>!inner</c>, spreads and null filters on embeds all see the same rows;</item>
/// <item>updates and deletes touch only rows their policy and the <c>select</c> policy let through (PostgreSQL reads
/// the rows a filtered write touches through the select policy too);</item>
/// <item>inserts and updates check every row they leave behind against their policy, and against the <c>select</c>
/// policy when the response returns those rows (<c>RETURNING</c>); a row that fails refuses the whole write;</item>
/// <item>embeds in a write's representation obey their tables' <c>select</c> policies;</item>
/// <item>a merging upsert updates an existing row only when the row passes the <c>update</c> and <c>select</c>
/// policies, and refuses the write otherwise; its final rows must pass both the <c>insert</c> and <c>update</c> checks
/// (stricter than PostgreSQL, which checks one or the other, because SQLite cannot tell which happened).</item>
/// </list>
/// An operation a table has no policy for is refused before this runs (<see cref="PolicyAccess"/>).
/// </summary>
internal sealed class PolicyApplier
{
    private readonly PolicyCaller caller;
    private readonly PolicyCompiler compiler;

    public PolicyApplier(DatabaseSchema schema, PlanContext context)
    {
        // Read from the claims once per request: the rules and every folded auth.* value use the same caller.
        caller = context.PolicyCaller;
        compiler = new PolicyCompiler(schema, new PolicyEvaluator(schema, caller, context.Now, _ => []));
    }

    public QueryPlan Apply(QueryPlan plan) => plan switch
    {
        ReadPlan read => read with { Root = Level(read.Root) },
        InsertPlan { Conflict.Merge: true } upsert => upsert with
        {
            // An upsert may update an existing row: that row must pass the update policy (and be readable), and as
            // the engines cannot tell an inserted row from an updated one, the final row must pass both checks.
            Conflict = upsert.Conflict with { Where = PredicateLogic.And(Policy(upsert.Table, PolicyOperation.Update), Policy(upsert.Table, PolicyOperation.Select)) },
            Returning = Returned(upsert.Returning),
            Check = PredicateLogic.And(Check(upsert.Table, PolicyOperation.Insert, upsert.Returning), Policy(upsert.Table, PolicyOperation.Update)),
        },
        InsertPlan insert => insert with
        {
            Returning = Returned(insert.Returning),
            Check = Check(insert.Table, PolicyOperation.Insert, insert.Returning),
        },
        UpdatePlan update => update with
        {
            Target = Restricted(update.Target, update.Table, PolicyOperation.Update),
            Returning = Returned(update.Returning),
            Check = Check(update.Table, PolicyOperation.Update, update.Returning),
        },
        DeletePlan delete => delete with
        {
            Target = Restricted(delete.Target, delete.Table, PolicyOperation.Delete),
            Returning = Returned(delete.Returning),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(plan), plan, "unknown plan"),
    };

    /// <summary>A level and its embeds, each restricted by its table's select policy.</summary>
    private SelectNode Level(SelectNode node)
    {
        var level = Embeds(node);
        return level with { Where = PredicateLogic.Restrict(level.Where, Policy(node.Table, PolicyOperation.Select)) };
    }

    private SelectNode Embeds(SelectNode node) => node with
    {
        Items = node.Items.Select(item => item is EmbedOutput embed ? embed with { Child = Level(embed.Child) } : item).ToList(),
        Where = node.Where is null ? null : WithEmbeds(node.Where, node),
    };

    /// <summary>Null filters on embeds (<c>rel=is.null</c>) refer to the embed; they must see its restricted rows too.</summary>
    private Predicate WithEmbeds(Predicate predicate, SelectNode node) => predicate switch
    {
        EmbedPresence presence => presence with { Embed = presence.Embed with { Child = Level(presence.Embed.Child) } },
        AndPredicate and => and with { Items = and.Items.Select(p => WithEmbeds(p, node)).ToList() },
        OrPredicate or => or with { Items = or.Items.Select(p => WithEmbeds(p, node)).ToList() },
        NotPredicate not => not with { Item = WithEmbeds(not.Item, node) },
        _ => predicate,
    };

    /// <summary>The representation of written rows: the rows themselves are checked (<see cref="Check"/>); their embeds are read.</summary>
    private ReturningPlan Returned(ReturningPlan returning) =>
        returning.Shape is { } shape ? returning with { Shape = Embeds(shape) } : returning;

    private RowTarget Restricted(RowTarget target, TableSchema table, PolicyOperation operation)
    {
        var allowed = PredicateLogic.And(Policy(table, operation), Policy(table, PolicyOperation.Select));
        return target with { Where = PredicateLogic.Restrict(target.Where, allowed) };
    }

    private Predicate Check(TableSchema table, PolicyOperation operation, ReturningPlan returning)
    {
        var check = Policy(table, operation);
        return returning.Shape is null && !returning.PrimaryKey ? check : PredicateLogic.And(check, Policy(table, PolicyOperation.Select));
    }

    /// <summary>Any applicable expression lets a row through; with none, no row passes.</summary>
    private Predicate Policy(TableSchema table, PolicyOperation operation) =>
        PolicyRules.For(table, operation, caller)
            .Select(compiler.Compile)
            .Aggregate((Predicate)ConstantPredicate.False, PredicateLogic.Or);
}
