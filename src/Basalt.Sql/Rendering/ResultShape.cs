namespace Basalt.Sql.Rendering;

/// <summary>
/// How the executor reads what a <see cref="SqlCommand"/> returns.
/// <list type="bullet">
/// <item><see cref="Document"/>: exactly one row with the columns <c>body</c> (text: the JSON array of result objects,
/// <c>[]</c> when empty; null for a write that returns no representation), <c>rows</c> (bigint: objects in the page,
/// or rows a write affected), <c>total</c> (bigint or null: the count <c>Prefer: count</c> asked for) and <c>keys</c>
/// (text or null: a JSON array of the affected rows' primary keys as objects, when the plan asked for them).</item>
/// <item><see cref="RowPerItem"/>: one row per affected row with the columns <c>item</c> (text or null: that row's
/// JSON object) and <c>key</c> (text or null: its primary key as a JSON object). For engines whose writes cannot feed
/// an aggregate in the same statement (SQLite's <c>RETURNING</c>); the executor assembles the document: every row
/// counts as affected (<c>rows</c>, and <c>total</c> when the plan asks for a count), <c>body</c> is the array of the
/// non-null items when the plan has a representation (a null item is a row the representation leaves out, as an
/// <c>!inner</c> embed without a match does), <c>keys</c> the array of the keys when the plan asks for them. The rows
/// come in the engine's order, not the representation's <c>order</c>.</item>
/// </list>
/// A write with a policy check (<c>MutationPlan.Check</c>) adds <c>denied</c>: in a document the number of written rows
/// that fail it, per item 1 when that row fails it and 0 otherwise.
/// </summary>
public enum ResultShape
{
    Document,
    RowPerItem,
}
