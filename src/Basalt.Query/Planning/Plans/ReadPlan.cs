using Basalt.Query.Request;

namespace Basalt.Query.Planning;

/// <summary>
/// A GET or HEAD: the select tree rooted at the requested table. The root's <see cref="SelectNode.Limit"/> and
/// <see cref="SelectNode.Offset"/> are the page (the <c>Range</c> header intersected with <c>limit</c>/<c>offset</c>).
/// <see cref="Count"/> asks for the total number of rows matching the root's filters, ignoring the page: the
/// renderer computes it in the same command; <c>planned</c> and <c>estimated</c> may use the engine's estimate.
/// </summary>
public sealed record ReadPlan(SelectNode Root, PreferCount? Count) : QueryPlan(Root.Table);
