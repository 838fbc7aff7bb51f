namespace Basalt.Query.Request.Parsing;

/// <summary>
/// The <c>order</c> parameter (PostgREST's pOrder): comma-separated <c>field[.asc|.desc][.nullsfirst|.nullslast]</c>,
/// where a field may carry a JSON path (<c>data->>x</c>) or name a to-one embed's column (<c>directors(last_name)</c>).
/// </summary>
internal static class OrderParser
{
    public static bool TryParse(string text, out IReadOnlyList<OrderTerm> terms, out RequestError? error)
    {
        var reader = new SyntaxReader(text);
        var parsed = new List<OrderTerm>();
        while (Term(reader, parsed))
        {
            if (parsed.Count > RequestLimits.MaxListItems)
            {
                reader.Refuse(RequestErrors.Limit($"The order parameter has more than {RequestLimits.MaxListItems} terms"));
                break;
            }
            if (!reader.Take(','))
            {
                terms = parsed;
                error = null;
                return true;
            }
        }
        terms = [];
        error = reader.ToError("order");
        return false;
    }

    private static bool Term(SyntaxReader reader, List<OrderTerm> terms)
    {
        reader.SkipSpaces();
        if (!NameParser.FieldName(reader, out var name))
        {
            return false;
        }
        string? relation = null;
        FieldPath field;
        if (reader.Take('('))
        {
            relation = name;
            if (!NameParser.Field(reader, out field) || !(reader.Take(')') || reader.Fail("\")\"")))
            {
                return false;
            }
        }
        else
        {
            if (!NameParser.JsonPath(reader, out var path))
            {
                return false;
            }
            field = new FieldPath(name, path);
        }
        reader.SkipSpaces();
        SortDirection? direction = null;
        NullsOrder? nulls = null;
        while (nulls is null && reader.Take('.'))
        {
            var start = reader.Position;
            while (char.IsAsciiLetter(reader.Current))
            {
                reader.Position++;
            }
            var word = reader.Text.AsSpan(start, reader.Position - start);
            if (direction is null && word is "asc" or "desc")
            {
                direction = word is "asc" ? SortDirection.Asc : SortDirection.Desc;
            }
            else if (word is "nullsfirst" or "nullslast")
            {
                nulls = word is "nullsfirst" ? NullsOrder.First : NullsOrder.Last;
            }
            else
            {
                return reader.FailAt(start, direction is null
                    ? "\"asc\", \"desc\", \"nullsfirst\" or \"nullslast\""
                    : "\"nullsfirst\" or \"nullslast\"");
            }
        }
        reader.SkipSpaces();
        if (!reader.AtEnd && !reader.Is(','))
        {
            return reader.Fail(nulls is null ? "delimiter (.), \",\" or end of input" : "\",\" or end of input");
        }
        terms.Add(new OrderTerm(relation, field, direction, nulls));
        return true;
    }
}
