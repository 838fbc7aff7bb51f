using Basalt.Query.Request;

namespace Basalt.Query.Planning;

/// <summary>
/// An aggregate of the level's rows: <c>count()</c> (<see cref="Field"/> null: counts rows), or
/// <c>sum</c>/<c>avg</c>/<c>min</c>/<c>max</c>/<c>count</c> of a field. <see cref="FieldCast"/> applies before aggregating,
/// <see cref="Cast"/> to the result. The legacy <c>comments(count)</c> is an embed whose only item is <c>count()</c>.
/// </summary>
public sealed record AggregateOutput(string Key, AggregateFunction Function, FieldRef? Field, CastTarget? FieldCast, CastTarget? Cast) : OutputItem(Key);
