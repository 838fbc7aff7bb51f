namespace Basalt.Query.Request.Parsing;

/// <summary>
/// The right side of a filter, <c>[not.]operator[(modifier)].operand</c> (PostgREST's pOpExpr). At the top level
/// (<c>age=gte.18</c>) the operand is the rest of the text, quotes and all; inside a logic tree the operand ends at
/// <c>,</c> or <c>)</c> unless it is double-quoted or a <c>{…}</c> array, as in PostgREST's pLogicSingleVal.
/// </summary>
internal static class ConditionParser
{
    private const string OperatorExpected = "operator (eq, gt, ...)";

    public static bool Parse(SyntaxReader reader, FieldPath field, bool inLogic, out Condition condition)
    {
        condition = null!;
        var negated = reader.Take("not.");
        var start = reader.Position;
        while (char.IsAsciiLetter(reader.Current))
        {
            reader.Position++;
        }
        if (Operator(reader.Text.AsSpan(start, reader.Position - start)) is not { } op)
        {
            return reader.FailAt(start, negated ? OperatorExpected : "\"not\" or " + OperatorExpected);
        }
        var quantifier = Quantifier.None;
        string? language = null;
        if (reader.Is('('))
        {
            if (IsQuantifiable(op))
            {
                if (!QuantifierModifier(reader, out quantifier))
                {
                    return false;
                }
            }
            else if (op is FilterOperator.Fts or FilterOperator.Plfts or FilterOperator.Phfts or FilterOperator.Wfts)
            {
                reader.Position++;
                if (!NameParser.Identifier(reader, out var identifier) || !Expect(reader, ')', "\")\""))
                {
                    return false;
                }
                language = identifier;
            }
        }
        if (!Expect(reader, '.', "delimiter (.)") || !Operand(reader, op, quantifier, inLogic, out var operand))
        {
            return false;
        }
        condition = new Condition(field, op, negated, quantifier, language, operand);
        return true;
    }

    private static bool QuantifierModifier(SyntaxReader reader, out Quantifier quantifier)
    {
        quantifier = Quantifier.None;
        reader.Position++;
        if (reader.Take("any"))
        {
            quantifier = Quantifier.Any;
        }
        else if (reader.Take("all"))
        {
            quantifier = Quantifier.All;
        }
        else
        {
            return reader.Fail("\"any\" or \"all\"");
        }
        return Expect(reader, ')', "\")\"");
    }

    private static bool Operand(SyntaxReader reader, FilterOperator op, Quantifier quantifier, bool inLogic, out FilterOperand operand)
    {
        operand = null!;
        if (op == FilterOperator.In)
        {
            if (!ListParser.Parse(reader, out var list))
            {
                return false;
            }
            operand = list;
            return inLogic || AtEnd(reader);
        }
        if (op == FilterOperator.Is)
        {
            var start = reader.Position;
            while (char.IsAsciiLetter(reader.Current) || reader.Is('_'))
            {
                reader.Position++;
            }
            if (IsValueOf(reader.Text.AsSpan(start, reader.Position - start)) is not { } value)
            {
                return reader.FailAt(start, "isVal: (null, not_null, true, false, unknown)");
            }
            operand = new IsOperand(value);
            return inLogic || AtEnd(reader);
        }
        var valueStart = reader.Position;
        if (!Value(reader, inLogic, out var text))
        {
            return false;
        }
        var wantsList = quantifier != Quantifier.None;
        if (wantsList || op is FilterOperator.Cs or FilterOperator.Cd or FilterOperator.Ov)
        {
            // Where the value was quoted inside a logic tree its quotes are gone, so positions are approximate.
            if (ArrayLiteralParser.TryParse(text, RequestLimits.MaxListItems, out var items, out var failure, out var expecting))
            {
                operand = new ListOperand(items, ListSyntax.Braces, text);
                return true;
            }
            if (expecting == ArrayLiteralParser.TooMany)
            {
                return reader.Refuse(RequestErrors.ListTooLong());
            }
            if (wantsList)
            {
                return reader.FailAt(Math.Min(valueStart + failure, reader.Text.Length), expecting);
            }
        }
        operand = new ScalarOperand(text);
        return true;
    }

    private static bool Value(SyntaxReader reader, bool inLogic, out string value)
    {
        var text = reader.Text;
        var start = reader.Position;
        if (!inLogic)
        {
            value = text[start..];
            reader.Position = text.Length;
            return true;
        }
        var end = NameParser.ScanQuoted(text, start, out value);
        if (end >= 0 && (end == text.Length || text[end] is ',' or ')'))
        {
            reader.Position = end;
            return true;
        }
        if (reader.Is('{'))
        {
            var close = text.AsSpan(start + 1).IndexOfAny('{', '}');
            if (close >= 0 && text[start + 1 + close] == '}')
            {
                reader.Position = start + close + 2;
                value = text[start..reader.Position];
                return true;
            }
        }
        var stop = text.AsSpan(start).IndexOfAny(',', ')');
        reader.Position = stop < 0 ? text.Length : start + stop;
        value = text[start..reader.Position];
        return true;
    }

    private static bool AtEnd(SyntaxReader reader) => reader.AtEnd || reader.Fail("end of input");

    private static bool Expect(SyntaxReader reader, char c, string expecting) => reader.Take(c) || reader.Fail(expecting);

    private static bool IsQuantifiable(FilterOperator op) => op is FilterOperator.Eq or FilterOperator.Gt or FilterOperator.Gte
        or FilterOperator.Lt or FilterOperator.Lte or FilterOperator.Like or FilterOperator.Ilike or FilterOperator.Match or FilterOperator.Imatch;

    private static FilterOperator? Operator(ReadOnlySpan<char> word) => word switch
    {
        "eq" => FilterOperator.Eq,
        "neq" => FilterOperator.Neq,
        "gt" => FilterOperator.Gt,
        "gte" => FilterOperator.Gte,
        "lt" => FilterOperator.Lt,
        "lte" => FilterOperator.Lte,
        "like" => FilterOperator.Like,
        "ilike" => FilterOperator.Ilike,
        "match" => FilterOperator.Match,
        "imatch" => FilterOperator.Imatch,
        "in" => FilterOperator.In,
        "is" => FilterOperator.Is,
        "isdistinct" => FilterOperator.IsDistinct,
        "cs" => FilterOperator.Cs,
        "cd" => FilterOperator.Cd,
        "ov" => FilterOperator.Ov,
        "sl" => FilterOperator.Sl,
        "sr" => FilterOperator.Sr,
        "nxr" => FilterOperator.Nxr,
        "nxl" => FilterOperator.Nxl,
        "adj" => FilterOperator.Adj,
        "fts" => FilterOperator.Fts,
        "plfts" => FilterOperator.Plfts,
        "phfts" => FilterOperator.Phfts,
        "wfts" => FilterOperator.Wfts,
        _ => null,
    };

    // PostgREST matches each letter in either case (ciString), so "NULL" and "Null" both work.
    private static IsValue? IsValueOf(ReadOnlySpan<char> word) =>
        word.Equals("null", StringComparison.OrdinalIgnoreCase) ? IsValue.Null
        : word.Equals("not_null", StringComparison.OrdinalIgnoreCase) ? IsValue.NotNull
        : word.Equals("true", StringComparison.OrdinalIgnoreCase) ? IsValue.True
        : word.Equals("false", StringComparison.OrdinalIgnoreCase) ? IsValue.False
        : word.Equals("unknown", StringComparison.OrdinalIgnoreCase) ? IsValue.Unknown
        : null;
}
