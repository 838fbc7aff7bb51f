namespace Basalt.Sql.Rendering;

/// <summary>
/// One parameterised statement rendered from a plan: identifiers came from the schema through the dialect's quoting,
/// every value is an <see cref="SqlArgument"/> referenced in <see cref="Text"/> by its name (<c>@p0</c>, <c>@p1</c>…).
/// <see cref="Shape"/> says how the executor reads its result.
/// </summary>
public sealed record SqlCommand(string Text, IReadOnlyList<SqlArgument> Arguments, ResultShape Shape)
{
    public override string ToString() =>
        Text + (Arguments.Count == 0 ? "" : "\n-- " + string.Join(", ", Arguments.Select(a => a.Name + " = " + a.Value)));
}
