namespace Basalt.Query.Request.Parsing;

/// <summary>
/// <c>or=(…)</c>, <c>and=(…)</c>, <c>not.or=(…)</c> and their embed forms (PostgREST's pLogicTree): items are
/// conditions <c>field.[not.]op.value</c> or nested <c>[not.]and(…)</c> / <c>[not.]or(…)</c>. As in PostgREST the
/// operator is parsed in front of the value (<c>or</c> + <c>(…)</c>), so error columns count from the operator.
/// </summary>
internal sealed class LogicParser
{
    private const string TreeStart = "field name (* or [a..z0..9_$]), negation operator (not) or logic operator (and, or)";
    private readonly SyntaxReader _reader;
    private readonly FilterCounter _counter;

    private LogicParser(string text, FilterCounter counter)
    {
        _reader = new SyntaxReader(text);
        _counter = counter;
    }

    /// <param name="op"><c>or</c>, <c>and</c>, <c>not.or</c> or <c>not.and</c>.</param>
    public static bool TryParse(string op, string value, FilterCounter counter, out FilterNode tree, out RequestError? error)
    {
        var parser = new LogicParser(op + value, counter);
        var reader = parser._reader;
        if (parser.Tree(1, out tree) && (reader.AtEnd || reader.Fail("end of input")))
        {
            error = null;
            return true;
        }
        error = reader.Refusal ?? RequestErrors.Syntax("logic tree", value, reader.FailurePosition + 1, reader.FailureDetails ?? "unknown parse error");
        return false;
    }

    private bool Tree(int depth, out FilterNode node)
    {
        var reader = _reader;
        node = null!;
        reader.SkipSpaces();
        if (!IsLogicStart())
        {
            return Condition(out node);
        }
        var negated = reader.Take("not.");
        var isAnd = reader.Take("and");
        if (!isAnd && !reader.Take("or"))
        {
            return reader.Fail("logic operator (and, or)");
        }
        reader.SkipSpaces();
        if (!reader.Take('('))
        {
            return reader.Fail("\"(\"");
        }
        if (depth > RequestLimits.MaxNestingDepth)
        {
            return reader.Refuse(RequestErrors.Limit($"A logic tree (or/and) nests deeper than {RequestLimits.MaxNestingDepth} levels"));
        }
        var items = new List<FilterNode>();
        while (true)
        {
            if (!Tree(depth + 1, out var item))
            {
                return false;
            }
            items.Add(item);
            reader.SkipSpaces();
            if (reader.Take(','))
            {
                continue;
            }
            if (reader.Take(')'))
            {
                break;
            }
            return reader.Fail("\",\" or \")\"");
        }
        node = isAnd ? new AndFilter(items) : new OrFilter(items);
        if (negated)
        {
            node = new NotFilter(node);
        }
        return true;
    }

    private bool Condition(out FilterNode node)
    {
        var reader = _reader;
        node = null!;
        if (!reader.Is('"') && !NameParser.IsIdentifierChar(reader.Current))
        {
            return reader.Fail(TreeStart);
        }
        if (!NameParser.Field(reader, out var field) || !(reader.Take('.') || reader.Fail("delimiter (.)")))
        {
            return false;
        }
        if (!ConditionParser.Parse(reader, field, inLogic: true, out var condition))
        {
            return false;
        }
        if (!_counter.Add())
        {
            return reader.Refuse(FilterCounter.Error);
        }
        node = condition;
        return true;
    }

    /// <summary><c>[not.](and|or)</c> not followed by a delimiter or more of a name: a nested tree rather than a
    /// condition on a column that happens to be named (or start with) <c>and</c>, <c>or</c> or <c>not</c>.</summary>
    private bool IsLogicStart()
    {
        var text = _reader.Text.AsSpan(_reader.Position);
        if (text.StartsWith("not."))
        {
            text = text[4..];
        }
        if (text.StartsWith("and"))
        {
            text = text[3..];
        }
        else if (text.StartsWith("or"))
        {
            text = text[2..];
        }
        else
        {
            return false;
        }
        text = text.TrimStart(" \t");
        return text.IsEmpty || (text[0] != '.' && text[0] != '-' && !NameParser.IsIdentifierChar(text[0]));
    }
}
