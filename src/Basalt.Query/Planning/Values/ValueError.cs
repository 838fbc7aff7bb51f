namespace Basalt.Query.Planning;

/// <summary>
/// PostgreSQL's errors for a value that does not fit its column, with its SQLSTATE and wording, raised by the planner
/// before any SQL runs so that both engines refuse the same values with the same body.
/// </summary>
internal static class ValueError
{
    public static PlanError InvalidSyntax(string typeName, string text) =>
        new(400, "22P02", $"invalid input syntax for type {typeName}: \"{text}\"", null, null);

    public static PlanError OutOfRange(string typeName, string text) =>
        new(400, "22003", $"value \"{text}\" is out of range for type {typeName}", null, null);

    public static PlanError InvalidEnum(string enumType, string text) =>
        new(400, "22P02", $"invalid input value for enum {enumType}: \"{text}\"", null, null);

    public static PlanError MalformedArray(string text, string detail) =>
        new(400, "22P02", $"malformed array literal: \"{text}\"", detail, null);

    public static PlanError InvalidJson(string detail) =>
        new(400, "22P02", "invalid input syntax for type json", detail, null);

    public static PlanError NumericOverflow(int precision, int scale) =>
        new(400, "22003", "numeric field overflow",
            $"A field with precision {precision}, scale {scale} must round to an absolute value less than 10^{precision - scale}.", null);
}
