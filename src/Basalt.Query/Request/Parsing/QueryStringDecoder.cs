using System.Text;

namespace Basalt.Query.Request.Parsing;

/// <summary>
/// Splits and percent-decodes a raw query string the way PostgREST's HTTP library does (http-types'
/// <c>parseQueryReplacePlus True</c>), because clients encode for that reading:
/// <list type="bullet">
/// <item>pairs are separated by <c>&amp;</c> or <c>;</c>, a leading <c>?</c> is dropped, and a pair without
/// <c>=</c> (<c>?select</c>) is ignored, as PostgREST ignores parameters without a value;</item>
/// <item><c>+</c> decodes to a space — <c>URLSearchParams</c> (and so postgrest-js) sends spaces as <c>+</c> and a
/// real plus as <c>%2B</c>;</item>
/// <item>a <c>%</c> not followed by two hex digits stays as it is; the decoded bytes are read as UTF-8, invalid
/// sequences becoming U+FFFD rather than an error.</item>
/// </list>
/// </summary>
internal static class QueryStringDecoder
{
    public static List<KeyValuePair<string, string>> Decode(string raw)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var start = raw.StartsWith('?') ? 1 : 0;
        while (start <= raw.Length)
        {
            var end = raw.AsSpan(start).IndexOfAny('&', ';');
            end = end < 0 ? raw.Length : start + end;
            var equals = raw.AsSpan(start, end - start).IndexOf('=');
            if (equals >= 0)
            {
                pairs.Add(new(Unescape(raw, start, start + equals), Unescape(raw, start + equals + 1, end)));
            }
            start = end + 1;
        }
        return pairs;
    }

    /// <summary>Decodes <c>raw[start..end]</c>.</summary>
    public static string Unescape(string raw, int start, int end)
    {
        var span = raw.AsSpan(start, end - start);
        if (span.IndexOfAny('%', '+') < 0)
        {
            return span.ToString();
        }
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(span.Length)];
        var count = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c == '+')
            {
                bytes[count++] = (byte)' ';
            }
            else if (c == '%' && i + 2 < span.Length && IsHex(span[i + 1]) && IsHex(span[i + 2]))
            {
                bytes[count++] = (byte)(HexValue(span[i + 1]) << 4 | HexValue(span[i + 2]));
                i += 2;
            }
            else if (c < 0x80)
            {
                bytes[count++] = (byte)c;
            }
            else
            {
                // A raw non-ASCII character (clients should have encoded it): keep it as its UTF-8 bytes.
                var length = char.IsHighSurrogate(c) && i + 1 < span.Length ? 2 : 1;
                count += Encoding.UTF8.GetBytes(span.Slice(i, length), bytes.AsSpan(count));
                i += length - 1;
            }
        }
        return Encoding.UTF8.GetString(bytes, 0, count);
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
