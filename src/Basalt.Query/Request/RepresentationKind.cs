namespace Basalt.Query.Request;

/// <summary>The response bodies Basalt produces for a table.</summary>
public enum RepresentationKind
{
    /// <summary><c>application/json</c> (also <c>*/*</c> and <c>application/vnd.pgrst.array+json</c>): an array of rows.</summary>
    Json,

    /// <summary><c>application/vnd.pgrst.object+json</c>: exactly one row as an object (406 PGRST116 otherwise).</summary>
    SingleObject,

    /// <summary><c>text/csv</c>.</summary>
    Csv,
}
