namespace Basalt.Query.Request.Parsing;

/// <summary>
/// Sorts decoded parameters the way PostgREST does and parses each. <c>select</c>, <c>columns</c> and
/// <c>on_conflict</c> are reserved only bare (the first occurrence wins); a key whose last dot-separated word is
/// <c>order</c>, <c>limit</c>, <c>offset</c>, <c>or</c> or <c>and</c> applies to the embed path before it
/// (a repeated one for the same path: the last wins); every other key is a filter.
/// </summary>
internal static class QueryParamsParser
{
    public static ParsedQuery? Parse(List<KeyValuePair<string, string>> parameters, out RequestError? error)
    {
        IReadOnlyList<SelectItem>? select = null;
        IReadOnlyList<string>? columns = null;
        IReadOnlyList<string>? onConflict = null;
        var scopes = new ScopeSet();
        var counter = new FilterCounter();
        error = null;
        foreach (var (key, value) in parameters)
        {
            var ok = key switch
            {
                "select" => select is not null || SelectParser.TryParse(value, out select, out error),
                "columns" => columns is not null || KeyParser.TryParseNames(value, "columns parameter", out columns, out error),
                "on_conflict" => onConflict is not null || KeyParser.TryParseNames(value, "on_conflict parameter", out onConflict, out error),
                _ => Scoped(key, value, scopes, counter, out error),
            };
            if (!ok)
            {
                return null;
            }
        }
        return new ParsedQuery(select ?? [StarSelect.Instance], scopes.Build(), columns, onConflict);
    }

    private static bool Scoped(string key, string value, ScopeSet scopes, FilterCounter counter, out RequestError? error)
    {
        var lastDot = key.LastIndexOf('.');
        var word = lastDot < 0 ? key : key[(lastDot + 1)..];
        switch (word)
        {
            case "order":
                return KeyParser.TryParsePrefix(key, "tree path", out var orderPath, out _, out error)
                    && OrderParser.TryParse(value, out var terms, out error)
                    && scopes.SetOrder(orderPath, terms);
            case "limit":
            case "offset":
                return KeyParser.TryParsePrefix(key, "tree path", out var pagePath, out _, out error)
                    && Number(value, word, allowNegative: word == "limit", out var number, out error)
                    && scopes.SetPage(pagePath, word == "limit", number);
            case "or":
            case "and":
                if (!KeyParser.TryParsePrefix(key, "logic path", out var logicPath, out var negated, out error)
                    || !LogicParser.TryParse(negated ? "not." + word : word, value, counter, out var tree, out error))
                {
                    return false;
                }
                return scopes.AddFilter(logicPath, tree);
            default:
                if (!KeyParser.TryParseFilterKey(key, out var path, out var field, out error))
                {
                    return false;
                }
                var reader = new SyntaxReader(value);
                if (!ConditionParser.Parse(reader, field, inLogic: false, out var condition))
                {
                    error = reader.ToError("filter");
                    return false;
                }
                if (!counter.Add())
                {
                    error = FilterCounter.Error;
                    return false;
                }
                return scopes.AddFilter(path, condition);
        }
    }

    /// <summary>A whole number. PostgREST silently ignores a limit or offset that is not one; Basalt refuses it.</summary>
    private static bool Number(string text, string what, bool allowNegative, out long number, out RequestError? error)
    {
        var reader = new SyntaxReader(text);
        number = 0;
        error = null;
        var negative = allowNegative && reader.Take('-');
        if (!char.IsAsciiDigit(reader.Current))
        {
            reader.Fail("digit");
        }
        while (!reader.Failed && !reader.AtEnd)
        {
            if (!char.IsAsciiDigit(reader.Current))
            {
                reader.Fail("digit or end of input");
            }
            else if (number > (long.MaxValue - (reader.Current - '0')) / 10)
            {
                reader.Fail($"a number no larger than {long.MaxValue}");
            }
            else
            {
                number = number * 10 + (reader.Current - '0');
                reader.Position++;
            }
        }
        if (reader.Failed)
        {
            error = reader.ToError(what + " parameter");
            return false;
        }
        number = negative ? -number : number;
        return true;
    }
}
