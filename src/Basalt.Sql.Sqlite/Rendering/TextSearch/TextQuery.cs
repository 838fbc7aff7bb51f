namespace Basalt.Sql.Sqlite.Rendering.TextSearch;

/// <summary>A parsed tsquery: lexemes (optionally prefixes) combined with &amp;, |, ! and the phrase operator &lt;N&gt;.</summary>
internal abstract record TextQuery
{
    /// <summary>Whether the document (lexeme → positions) matches.</summary>
    public abstract bool Matches(IReadOnlyDictionary<string, List<int>> document);

    /// <summary>Where the query matches, as the positions of its last lexeme (what a phrase operator compares).</summary>
    public abstract IEnumerable<int> Positions(IReadOnlyDictionary<string, List<int>> document);

    /// <summary>
    /// Folds a sequence of operands joined by phrase distances; a removed operand (a stop word, null) widens the
    /// distance between its neighbours, as PostgreSQL does (<c>fat &lt;-&gt; the &lt;-&gt; rat</c> is <c>fat &lt;2&gt; rat</c>).
    /// </summary>
    public static TextQuery? Phrase(IEnumerable<(TextQuery? Item, int Distance)> items)
    {
        TextQuery? result = null;
        var pending = 0;
        foreach (var (item, distance) in items)
        {
            if (result is null)
            {
                result = item;
                continue;
            }
            pending += distance;
            if (item is not null)
            {
                result = new PhraseQuery(result, item, pending);
                pending = 0;
            }
        }
        return result;
    }

    public static TextQuery? And(TextQuery? left, TextQuery? right) => left is null ? right : right is null ? left : new AndQuery(left, right);

    public static TextQuery? Or(TextQuery? left, TextQuery? right) => left is null ? right : right is null ? left : new OrQuery(left, right);

    public static TextQuery? Not(TextQuery? item) => item is null ? null : new NotQuery(item);
}

internal sealed record TermQuery(string Lexeme, bool Prefix) : TextQuery
{
    public override bool Matches(IReadOnlyDictionary<string, List<int>> document) => Positions(document).Any();

    public override IEnumerable<int> Positions(IReadOnlyDictionary<string, List<int>> document) =>
        Prefix
            ? document.Where(e => e.Key.StartsWith(Lexeme, StringComparison.Ordinal)).SelectMany(e => e.Value)
            : document.TryGetValue(Lexeme, out var positions) ? positions : [];
}

internal sealed record AndQuery(TextQuery Left, TextQuery Right) : TextQuery
{
    public override bool Matches(IReadOnlyDictionary<string, List<int>> document) => Left.Matches(document) && Right.Matches(document);

    public override IEnumerable<int> Positions(IReadOnlyDictionary<string, List<int>> document) =>
        Matches(document) ? Left.Positions(document).Union(Right.Positions(document)) : [];
}

internal sealed record OrQuery(TextQuery Left, TextQuery Right) : TextQuery
{
    public override bool Matches(IReadOnlyDictionary<string, List<int>> document) => Left.Matches(document) || Right.Matches(document);

    public override IEnumerable<int> Positions(IReadOnlyDictionary<string, List<int>> document) =>
        Left.Positions(document).Union(Right.Positions(document));
}

internal sealed record NotQuery(TextQuery Item) : TextQuery
{
    public override bool Matches(IReadOnlyDictionary<string, List<int>> document) => !Item.Matches(document);

    public override IEnumerable<int> Positions(IReadOnlyDictionary<string, List<int>> document) => [];
}

/// <summary><c>left &lt;N&gt; right</c>: right's match lies exactly N positions after left's.</summary>
internal sealed record PhraseQuery(TextQuery Left, TextQuery Right, int Distance) : TextQuery
{
    public override bool Matches(IReadOnlyDictionary<string, List<int>> document) => Positions(document).Any();

    public override IEnumerable<int> Positions(IReadOnlyDictionary<string, List<int>> document)
    {
        var left = Left.Positions(document).ToHashSet();
        return Right.Positions(document).Where(p => left.Contains(p - Distance));
    }
}
