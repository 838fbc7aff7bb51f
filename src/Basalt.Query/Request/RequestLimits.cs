namespace Basalt.Query.Request;

/// <summary>
/// Hard limits on what one request may ask for, so a hostile URL or body cannot make parsing or planning
/// expensive. Each has its own error (see <see cref="RequestErrorCatalogue"/>). The body's size in bytes is the
/// host's limit (413), not the parser's.
/// </summary>
public static class RequestLimits
{
    /// <summary>Characters of the raw (still percent-encoded) query string.</summary>
    public const int MaxQueryStringLength = 8 * 1024;

    /// <summary>Levels of embeds in <c>select</c>, of nested <c>and</c>/<c>or</c>, and of segments in an embed path.</summary>
    public const int MaxNestingDepth = 16;

    /// <summary>Items of <c>select</c>, counted over every level.</summary>
    public const int MaxSelectItems = 500;

    /// <summary>Conditions in the whole request, counting those inside <c>or</c>/<c>and</c> trees.</summary>
    public const int MaxFilters = 500;

    /// <summary>Items of one list operand (<c>in.(…)</c>, <c>{…}</c>), and names in <c>columns</c>, <c>on_conflict</c> and <c>order</c>.</summary>
    public const int MaxListItems = 500;

    /// <summary>Nesting of arrays and objects in a JSON body (a row's object is level 2 of a bulk array).</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>Rows in one body.</summary>
    public const int MaxBodyRows = 10_000;
}
