using System.Globalization;
using System.Text.RegularExpressions;

namespace Basalt.Spec.Loading.Reading;

/// <summary>Number literals in the spelling YAML and JSON share (no hex, no <c>1_000</c>, no <c>.inf</c>).</summary>
internal static partial class Numbers
{
    public static bool TryParseDecimal(string text, out decimal value)
    {
        value = default;
        return Literal().IsMatch(text)
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseLong(string text, out long value)
    {
        value = default;
        return Whole().IsMatch(text)
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The number as JSON text, or null when it is not a finite number.</summary>
    public static string? ToJson(string text)
    {
        if (TryParseDecimal(text, out var value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }
        return Literal().IsMatch(text)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? d.ToString("R", CultureInfo.InvariantCulture)
            : null;
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Literal();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Whole();
}
