namespace Basalt.Query.Request.Parsing;

/// <summary>
/// The operand of <c>in</c>: <c>(a, "b,c", "say \"hi\"")</c> (PostgREST's pListVal). An item is double-quoted
/// when the closing quote is followed by <c>,</c> or <c>)</c>; otherwise it is everything up to the next
/// <c>,</c> or <c>)</c>, spaces kept. <c>in.()</c> is the empty list.
/// </summary>
internal static class ListParser
{
    public static bool Parse(SyntaxReader reader, out ListOperand list)
    {
        list = null!;
        var text = reader.Text;
        var start = reader.Position;
        reader.SkipSpaces();
        if (!reader.Take('('))
        {
            return reader.Fail("\"(\"");
        }
        reader.SkipSpaces();
        var items = new List<string?>();
        var anyQuoted = false;
        while (true)
        {
            var end = NameParser.ScanQuoted(text, reader.Position, out var quoted);
            if (end >= 0 && end < text.Length && text[end] is ',' or ')')
            {
                items.Add(quoted);
                anyQuoted = true;
                reader.Position = end;
            }
            else
            {
                var stop = text.AsSpan(reader.Position).IndexOfAny(',', ')');
                var itemEnd = stop < 0 ? text.Length : reader.Position + stop;
                items.Add(text[reader.Position..itemEnd]);
                reader.Position = itemEnd;
            }
            if (items.Count > RequestLimits.MaxListItems)
            {
                return reader.Refuse(RequestErrors.ListTooLong());
            }
            if (reader.Take(','))
            {
                continue;
            }
            if (!reader.Take(')'))
            {
                return reader.Fail("\",\" or \")\"");
            }
            reader.SkipSpaces();
            break;
        }
        // PostgREST reads "()" as one empty item and treats that list as empty.
        if (items is [""] && !anyQuoted)
        {
            items.Clear();
        }
        list = new ListOperand(items, ListSyntax.Parentheses, text[start..reader.Position].Trim(' ', '\t'));
        return true;
    }
}
