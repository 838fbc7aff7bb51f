namespace Basalt.Query.Request;

/// <summary><c>Prefer: handling=strict|lenient</c>: strict refuses unknown preferences (PGRST122).</summary>
public enum PreferHandling
{
    Lenient,
    Strict,
}
