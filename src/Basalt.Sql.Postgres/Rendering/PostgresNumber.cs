using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Basalt.Sql.Postgres.Rendering;

/// <summary>
/// Numbers as PostgreSQL prints them, so that a default rendered from the spec can be predicted exactly as
/// <c>pg_get_expr</c> will report it: <c>numeric_out</c> for exact numbers, <c>float4out</c>/<c>float8out</c>
/// (shortest round-trip digits, exponent form outside 1e-4 .. 1e6 / 1e15) for floating point.
/// </summary>
internal static partial class PostgresNumber
{
    private const int MaxExponent = 1000;

    [GeneratedRegex(@"^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,9}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    /// <summary>The text <c>numeric_out</c> gives for the number (<c>1e3</c> → <c>1000</c>, <c>1.50</c> stays, <c>-0</c> → <c>0</c>); null if not a number.</summary>
    public static string? Canonical(string text)
    {
        var match = NumberPattern().Match(text.Trim());
        if (!match.Success || match.Groups[2].Length + match.Groups[3].Length == 0)
        {
            return null;
        }
        var fraction = match.Groups[3].Value;
        var exponent = match.Groups[4].Success ? int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture) : 0;
        if (Math.Abs(exponent) > MaxExponent)
        {
            return null;
        }
        var mantissa = BigInteger.Parse("0" + match.Groups[2].Value + fraction, CultureInfo.InvariantCulture);
        // numeric_in keeps max(0, digits after the point - exponent) digits after the point.
        var scale = fraction.Length - exponent;
        string digits;
        if (scale <= 0)
        {
            digits = (mantissa * BigInteger.Pow(10, -scale)).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            var all = mantissa.ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0');
            digits = all[..^scale] + "." + all[^scale..];
        }
        return (match.Groups[1].Value == "-" && !mantissa.IsZero ? "-" : "") + digits;
    }

    /// <summary>
    /// How <c>pg_get_expr</c> prints a bare numeric literal written as <paramref name="canonical"/>: the parser makes
    /// it an int4, int8 or numeric constant, and negative or integer-valued non-int4 constants get quotes and a cast.
    /// </summary>
    public static string ConstantText(string canonical)
    {
        var negative = canonical.StartsWith('-');
        if (canonical.Contains('.', StringComparison.Ordinal))
        {
            return negative ? $"'{canonical}'::numeric" : canonical;
        }
        if (long.TryParse(canonical, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value is >= int.MinValue and <= int.MaxValue
                ? negative ? $"'{canonical}'::integer" : canonical
                : $"'{canonical}'::bigint";
        }
        return $"'{canonical}'::numeric";
    }

    /// <summary>The text <c>float4out</c> (<paramref name="single"/>) or <c>float8out</c> gives for the number; null if not a number.</summary>
    public static string? Float(string text, bool single)
    {
        string shortest;
        if (single)
        {
            if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) || !float.IsFinite(f))
            {
                return null;
            }
            shortest = f.ToString("R", CultureInfo.InvariantCulture);
        }
        else
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d))
            {
                return null;
            }
            shortest = d.ToString("R", CultureInfo.InvariantCulture);
        }
        return FloatFormat(shortest, single ? 6 : 15);
    }

    /// <summary>Re-spells .NET's shortest round-trip digits the way PostgreSQL's Ryu-based output does.</summary>
    private static string FloatFormat(string shortest, int maxFixedExponent)
    {
        var sign = shortest.StartsWith('-') ? "-" : "";
        var body = shortest.TrimStart('-');
        var e = body.IndexOfAny(['E', 'e']);
        var mantissa = e < 0 ? body : body[..e];
        var shift = e < 0 ? 0 : int.Parse(body[(e + 1)..], CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intDigits = point < 0 ? mantissa : mantissa[..point];
        var allDigits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var leading = allDigits.Length - allDigits.TrimStart('0').Length;
        var digits = allDigits.Trim('0');
        if (digits.Length == 0)
        {
            return sign + "0";
        }
        // Scientific exponent of the first significant digit.
        var exponent = intDigits.Length - 1 - leading + shift;
        if (exponent < -4 || exponent >= maxFixedExponent)
        {
            var fraction = digits.Length > 1 ? "." + digits[1..] : "";
            return $"{sign}{digits[0]}{fraction}e{(exponent < 0 ? "-" : "+")}{Math.Abs(exponent):00}";
        }
        if (exponent < 0)
        {
            return sign + "0." + new string('0', -exponent - 1) + digits;
        }
        return digits.Length <= exponent + 1
            ? sign + digits + new string('0', exponent + 1 - digits.Length)
            : sign + digits[..(exponent + 1)] + "." + digits[(exponent + 1)..];
    }
}
