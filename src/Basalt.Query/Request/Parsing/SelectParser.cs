namespace Basalt.Query.Request.Parsing;

/// <summary>
/// The <c>select</c> parameter (PostgREST's pFieldForest): comma-separated items, each <c>*</c>, a field
/// <c>[alias:]name[->json…][::cast][.agg()][::cast]</c>, <c>[alias:]count()[::cast]</c>, an embed
/// <c>[alias:]relation[!hint][!inner|!left](items)</c> or a spread <c>...relation[!hint][!inner|!left](items)</c>.
/// An unquoted bare <c>count</c> is the legacy spelling of <c>count()</c>.
/// </summary>
internal sealed class SelectParser
{
    private const string ItemEnd = "\",\", \")\" or end of input";
    private readonly SyntaxReader _reader;
    private int _items;

    private SelectParser(string text) => _reader = new SyntaxReader(text);

    public static bool TryParse(string text, out IReadOnlyList<SelectItem> items, out RequestError? error)
    {
        var parser = new SelectParser(text);
        var parsed = new List<SelectItem>();
        if (parser.Items(parsed, 0) && (parser._reader.AtEnd || parser._reader.Fail("\",\" or end of input")))
        {
            items = parsed;
            error = null;
            return true;
        }
        items = [];
        error = parser._reader.ToError("select parameter");
        return false;
    }

    private bool Items(List<SelectItem> items, int depth)
    {
        var reader = _reader;
        reader.SkipSpaces();
        if (reader.AtEnd || reader.Is(')'))
        {
            return true;
        }
        while (true)
        {
            if (++_items > RequestLimits.MaxSelectItems)
            {
                return reader.Refuse(RequestErrors.Limit($"The select parameter has more than {RequestLimits.MaxSelectItems} items"));
            }
            reader.SkipSpaces();
            if (!Item(items, depth))
            {
                return false;
            }
            reader.SkipSpaces();
            if (!reader.Take(','))
            {
                return true;
            }
        }
    }

    private bool Item(List<SelectItem> items, int depth)
    {
        var reader = _reader;
        if (reader.Take('*'))
        {
            items.Add(StarSelect.Instance);
            return AtItemEnd();
        }
        var spread = reader.Take("...");
        if (!NameParser.FieldName(reader, out var name, out var quoted))
        {
            return false;
        }
        string? alias = null;
        if (!spread && reader.Is(':') && !reader.IsAt(1, ':'))
        {
            reader.Position++;
            alias = name;
            if (!NameParser.FieldName(reader, out name, out quoted))
            {
                return false;
            }
        }
        var isCount = !quoted && name == "count";
        if (isCount && reader.Take("()") || isCount && !spread && AtItemEnd(peek: true) && !reader.Is("::"))
        {
            return Count(items, alias);
        }
        if (spread || reader.Is('!') || reader.Is('('))
        {
            return Embed(items, name, alias, spread, depth);
        }
        return Field(items, name, alias);
    }

    private bool Count(List<SelectItem> items, string? alias)
    {
        string? cast = null;
        if (_reader.Take("::") && !NameParser.Identifier(_reader, out cast))
        {
            return false;
        }
        items.Add(new AggregateSelect(AggregateFunction.Count, null, null, alias, cast));
        return AtItemEnd();
    }

    private bool Field(List<SelectItem> items, string name, string? alias)
    {
        var reader = _reader;
        if (!NameParser.JsonPath(reader, out var path))
        {
            return false;
        }
        var field = new FieldPath(name, path);
        string? cast = null;
        if (reader.Take("::") && !NameParser.Identifier(reader, out cast))
        {
            return false;
        }
        if (reader.Is('.') && Aggregate(out var function))
        {
            string? resultCast = null;
            if (reader.Take("::") && !NameParser.Identifier(reader, out resultCast))
            {
                return false;
            }
            items.Add(new AggregateSelect(function, field, cast, alias, resultCast));
            return AtItemEnd();
        }
        if (reader.Failed)
        {
            return false;
        }
        items.Add(new FieldSelect(field, alias, cast));
        return AtItemEnd(expecting: path.Count == 0 && cast is null ? "\"->\", \"::\", \".\", " + ItemEnd : null);
    }

    private bool Aggregate(out AggregateFunction function)
    {
        var reader = _reader;
        var start = reader.Position;
        reader.Position++;
        var wordStart = reader.Position;
        while (char.IsAsciiLetter(reader.Current))
        {
            reader.Position++;
        }
        AggregateFunction? found = reader.Text.AsSpan(wordStart, reader.Position - wordStart) switch
        {
            "count" => AggregateFunction.Count,
            "sum" => AggregateFunction.Sum,
            "avg" => AggregateFunction.Avg,
            "min" => AggregateFunction.Min,
            "max" => AggregateFunction.Max,
            _ => null,
        };
        function = found.GetValueOrDefault();
        if (found is null)
        {
            reader.FailAt(start, "\"->\", \"::\", " + ItemEnd);
            return false;
        }
        return reader.Take("()") || reader.Fail("\"()\"");
    }

    private bool Embed(List<SelectItem> items, string relation, string? alias, bool spread, int depth)
    {
        var reader = _reader;
        string? hint = null;
        JoinKind? join = null;
        for (var i = 0; i < 2 && reader.Take('!'); i++)
        {
            if (!NameParser.FieldName(reader, out var parameter, out var quoted))
            {
                return false;
            }
            // The first hint and the first join kind win, as in PostgREST.
            if (!quoted && parameter is "inner" or "left")
            {
                join ??= parameter == "inner" ? JoinKind.Inner : JoinKind.Left;
            }
            else
            {
                hint ??= parameter;
            }
        }
        if (!reader.Take('('))
        {
            return reader.Fail("\"(\"");
        }
        if (depth + 1 > RequestLimits.MaxNestingDepth)
        {
            return reader.Refuse(RequestErrors.Limit($"The select parameter nests embedded resources deeper than {RequestLimits.MaxNestingDepth} levels"));
        }
        var children = new List<SelectItem>();
        if (!Items(children, depth + 1))
        {
            return false;
        }
        if (!reader.Take(')'))
        {
            return reader.Fail("\",\" or \")\"");
        }
        items.Add(new EmbedSelect(relation, alias, hint, join, spread, children));
        return AtItemEnd();
    }

    private bool AtItemEnd(bool peek = false, string? expecting = null)
    {
        _reader.SkipSpaces();
        if (_reader.AtEnd || _reader.Is(',') || _reader.Is(')'))
        {
            return true;
        }
        return !peek && _reader.Fail(expecting ?? ItemEnd);
    }
}
