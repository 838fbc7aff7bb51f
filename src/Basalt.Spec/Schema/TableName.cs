namespace Basalt.Spec.Schema;

/// <summary>
/// A table's qualified name. Spec tables live in the default schema (<see cref="Schema"/> null); Basalt's own
/// tables live in <c>auth</c>. PostgreSQL renders <c>"auth"."users"</c>; SQLite, which has no schemas that
/// foreign keys can cross, renders <c>"auth_users"</c>.
/// </summary>
public sealed record TableName(string? Schema, string Name)
{
    public static TableName Public(string name) => new(null, name);

    /// <summary>Parses <c>users</c> or <c>auth.users</c>.</summary>
    public static TableName Parse(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? new TableName(null, text) : new TableName(text[..dot], text[(dot + 1)..]);
    }

    /// <summary>A name unique across schemas without a dot, for SQLite and for derived constraint names.</summary>
    public string Flat => Schema is null ? Name : $"{Schema}_{Name}";

    public override string ToString() => Schema is null ? Name : $"{Schema}.{Name}";
}
