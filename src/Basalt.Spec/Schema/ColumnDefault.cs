namespace Basalt.Spec.Schema;

/// <summary>
/// A column default. A literal is kept as JSON text (<c>"draft"</c>, <c>0</c>, <c>true</c>, <c>[]</c>) that the
/// validator has already checked against the column type, so each dialect renders it without re-validating.
/// </summary>
public sealed record ColumnDefault(DefaultKind Kind, string? LiteralJson = null)
{
    public static ColumnDefault Now { get; } = new(DefaultKind.Now);
    public static ColumnDefault AuthUid { get; } = new(DefaultKind.AuthUid);
    public static ColumnDefault GenRandomUuid { get; } = new(DefaultKind.GenRandomUuid);

    public static ColumnDefault Literal(string json) => new(DefaultKind.Literal, json);

    public override string ToString() => Kind switch
    {
        DefaultKind.Literal => LiteralJson ?? "null",
        DefaultKind.Now => "now()",
        DefaultKind.AuthUid => "auth.uid()",
        _ => "gen_random_uuid()",
    };
}
