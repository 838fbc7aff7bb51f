namespace Basalt.Query.Request;

/// <summary><c>Prefer: tx=commit|rollback</c>.</summary>
public enum PreferTransaction
{
    Commit,
    Rollback,
}
