namespace Basalt.Spec.Schema;

public enum DefaultKind
{
    /// <summary>A constant; <see cref="ColumnDefault.LiteralJson"/> holds it as JSON text.</summary>
    Literal,
    /// <summary><c>now()</c>: the time of the insert.</summary>
    Now,
    /// <summary><c>auth.uid()</c>: the caller's user id. SQLite has no session state, so the REST layer supplies it there.</summary>
    AuthUid,
    /// <summary><c>gen_random_uuid()</c>: a random version-4 UUID.</summary>
    GenRandomUuid,
}
