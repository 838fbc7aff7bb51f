namespace Basalt.Query.Request.Parsing;

/// <summary>
/// Parameter keys and name lists: an embed path with a field, <c>comments.author.status</c> or
/// <c>data->>x</c> (PostgREST's pTreePath), and <c>columns</c> / <c>on_conflict</c> lists (pColumns).
/// Unlike PostgREST, text left over after a key is an error rather than silently ignored, so <c>age::text=eq.1</c>
/// is refused instead of filtering on <c>age</c>.
/// </summary>
internal static class KeyParser
{
    /// <summary>A filter key: the embed path and the field.</summary>
    public static bool TryParseFilterKey(string key, out EmbedPath path, out FieldPath field, out RequestError? error)
    {
        var reader = new SyntaxReader(key);
        path = EmbedPath.Root;
        field = null!;
        var names = new List<string>();
        while (true)
        {
            if (!NameParser.FieldName(reader, out var name))
            {
                break;
            }
            names.Add(name);
            if (names.Count > RequestLimits.MaxNestingDepth + 1)
            {
                reader.Refuse(RequestErrors.Limit($"The embed path of '{key}' is deeper than {RequestLimits.MaxNestingDepth} levels"));
                break;
            }
            if (reader.Take('.'))
            {
                continue;
            }
            if (!NameParser.JsonPath(reader, out var json) || !(reader.AtEnd || reader.Fail("\"->\", delimiter (.) or end of input")))
            {
                break;
            }
            path = names.Count == 1 ? EmbedPath.Root : new EmbedPath(names[..^1]);
            field = new FieldPath(names[^1], json);
            error = null;
            return true;
        }
        error = reader.ToError("tree path");
        return false;
    }

    /// <summary>The embed path of a key whose last segment is a reserved word (<c>comments.order</c>,
    /// <c>comments.not.or</c>): every segment but the last, without the <c>not</c> segments.</summary>
    public static bool TryParsePrefix(string key, string what, out EmbedPath path, out bool negated, out RequestError? error)
    {
        var reader = new SyntaxReader(key);
        var names = new List<string>();
        path = EmbedPath.Root;
        negated = false;
        do
        {
            if (!NameParser.FieldName(reader, out var name))
            {
                error = reader.ToError(what);
                return false;
            }
            names.Add(name);
        }
        while (reader.Take('.'));
        if (!reader.AtEnd)
        {
            reader.Fail("delimiter (.) or end of input");
            error = reader.ToError(what);
            return false;
        }
        names.RemoveAt(names.Count - 1);
        negated = names.RemoveAll(n => n == "not") > 0;
        if (names.Count > RequestLimits.MaxNestingDepth)
        {
            error = RequestErrors.Limit($"The embed path of '{key}' is deeper than {RequestLimits.MaxNestingDepth} levels");
            return false;
        }
        path = names.Count == 0 ? EmbedPath.Root : new EmbedPath(names);
        error = null;
        return true;
    }

    /// <summary>A comma-separated list of names, as <c>columns</c> and <c>on_conflict</c> take.</summary>
    public static bool TryParseNames(string text, string what, out IReadOnlyList<string> names, out RequestError? error)
    {
        var reader = new SyntaxReader(text);
        var parsed = new List<string>();
        while (true)
        {
            reader.SkipSpaces();
            if (!NameParser.FieldName(reader, out var name))
            {
                break;
            }
            parsed.Add(name);
            if (parsed.Count > RequestLimits.MaxListItems)
            {
                reader.Refuse(RequestErrors.Limit($"The {what} has more than {RequestLimits.MaxListItems} names"));
                break;
            }
            reader.SkipSpaces();
            if (reader.Take(','))
            {
                continue;
            }
            if (reader.AtEnd || reader.Fail("\",\" or end of input"))
            {
                names = parsed;
                error = null;
                return true;
            }
            break;
        }
        names = [];
        error = reader.ToError(what);
        return false;
    }
}
