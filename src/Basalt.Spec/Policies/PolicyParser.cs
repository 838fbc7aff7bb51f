using Basalt.Spec.Schema;

namespace Basalt.Spec.Policies;

/// <summary>
/// Parses a policy expression into a bound <see cref="PolicyCondition"/> tree by recursive descent, with SQL's
/// precedence: <c>or</c> &lt; <c>and</c> &lt; <c>not</c> &lt; comparisons. Columns are bound to their scope as they are
/// read, so the parser needs the schema. A syntax error ends the parse with that one error; unknown columns and
/// tables are all reported. Types, roles and the rest are <see cref="PolicyValidator"/>'s.
/// </summary>
public sealed partial class PolicyParser
{
    private readonly DatabaseSchema schema;
    private readonly PolicyTextMap map;
    private readonly List<PolicyScopeFrame> scopes = [];
    private readonly List<PolicyDiagnostic> errors = [];
    private IReadOnlyList<PolicyToken> tokens = [];
    private int index;
    private int depth;

    private PolicyParser(DatabaseSchema schema, PolicyTextMap map)
    {
        this.schema = schema;
        this.map = map;
    }

    /// <summary>
    /// Parses <paramref name="text"/>, a policy of <paramref name="table"/>. <paramref name="map"/> places offsets in
    /// the spec file; by default positions count from line 1, column 1 of the text itself.
    /// </summary>
    public static PolicyParseResult Parse(string text, TableName table, DatabaseSchema schema, PolicyTextMap? map = null)
    {
        var parser = new PolicyParser(schema, map ?? PolicyTextMap.Plain(text));
        var own = schema.Find(table);
        parser.scopes.Add(new PolicyScopeFrame(table, own, null, 0));
        return parser.Run(text);
    }

    private PolicyParseResult Run(string text)
    {
        try
        {
            if (text.Length > PolicyLimits.MaxLength)
            {
                throw new PolicySyntaxException(0, $"a policy is {text.Length} characters long; the limit is {PolicyLimits.MaxLength}");
            }
            if (text.Trim().Length == 0)
            {
                throw new PolicySyntaxException(0, "a policy cannot be empty; write \"true\" to allow every row");
            }
            tokens = PolicyLexer.Tokenize(text);
            var condition = ParseOr();
            if (Peek.Kind != PolicyTokenKind.End)
            {
                throw Expected("'and', 'or' or the end of the expression");
            }
            return errors.Count == 0 ? new PolicyParseResult(condition, []) : new PolicyParseResult(null, errors);
        }
        catch (PolicySyntaxException e)
        {
            errors.Add(new PolicyDiagnostic(map.At(e.Offset), e.Message));
            return new PolicyParseResult(null, errors);
        }
    }

    private PolicyToken Peek => tokens[index];

    private PolicyToken PeekAt(int ahead) => tokens[Math.Min(index + ahead, tokens.Count - 1)];

    private PolicyToken Advance() => tokens[index < tokens.Count - 1 ? index++ : index];

    private bool Accept(string keyword)
    {
        if (!Peek.Is(keyword))
        {
            return false;
        }
        index++;
        return true;
    }

    private bool Accept(PolicyTokenKind kind)
    {
        if (Peek.Kind != kind)
        {
            return false;
        }
        index++;
        return true;
    }

    private PolicyToken Expect(PolicyTokenKind kind, string what) => Peek.Kind == kind ? Advance() : throw Expected(what);

    private PolicySyntaxException Expected(string what) => new(Peek.Offset, $"expected {what}, found {Peek.Describe()}");

    private T At<T>(T node, PolicyToken token)
        where T : PolicyNode => node with { Position = map.At(token.Offset) };

    private void Error(PolicyToken token, string message) => errors.Add(new PolicyDiagnostic(map.At(token.Offset), message));

    private void Enter(PolicyToken token)
    {
        if (++depth > PolicyLimits.MaxDepth)
        {
            throw new PolicySyntaxException(token.Offset, $"the expression nests deeper than {PolicyLimits.MaxDepth} levels");
        }
    }

    private PolicyCondition ParseOr()
    {
        var left = ParseAnd();
        while (Peek.Is("or"))
        {
            var token = Advance();
            left = At(new PolicyOr(left, ParseAnd()), token);
        }
        return left;
    }

    private PolicyCondition ParseAnd()
    {
        var left = ParseNot();
        while (Peek.Is("and"))
        {
            var token = Advance();
            left = At(new PolicyAnd(left, ParseNot()), token);
        }
        return left;
    }

    private PolicyCondition ParseNot()
    {
        if (!Peek.Is("not"))
        {
            return ParsePredicate();
        }
        var token = Advance();
        Enter(token);
        var operand = ParseNot();
        depth--;
        return At(new PolicyNot(operand), token);
    }

    private PolicyCondition ParsePredicate()
    {
        var start = Peek;
        if (start.Is("exists"))
        {
            return ParseExists();
        }
        if (start.Kind == PolicyTokenKind.LeftParen)
        {
            Advance();
            Enter(start);
            var inner = ParseOr();
            Expect(PolicyTokenKind.RightParen, "')'");
            depth--;
            return inner;
        }
        var value = ParseValue();
        return ParseComparison(value, start);
    }

    private PolicyCondition ParseComparison(PolicyValue value, PolicyToken start)
    {
        var token = Peek;
        if (Operator(token.Kind) is { } op)
        {
            Advance();
            return At(new PolicyComparison(value, op, ParseValue()), token);
        }
        if (token.Is("is"))
        {
            Advance();
            var negated = Accept("not");
            if (!Accept("null"))
            {
                throw Expected(negated ? "'null' after 'is not'" : "'null' or 'not null' after 'is'");
            }
            return At(new PolicyIsNull(value, negated), token);
        }
        var not = token.Is("not") && PeekAt(1) is var after && (after.Is("in") || after.Is("like"));
        if (not)
        {
            Advance();
        }
        if (Accept("like"))
        {
            var like = At(new PolicyComparison(value, PolicyComparisonOperator.Like, ParseValue()), token);
            return not ? At(new PolicyNot(like), token) : like;
        }
        if (Accept("in"))
        {
            return At(new PolicyIn(value, ParseList(), not), token);
        }
        return At(new PolicyTruth(value), start);
    }

    private static PolicyComparisonOperator? Operator(PolicyTokenKind kind) => kind switch
    {
        PolicyTokenKind.Equal => PolicyComparisonOperator.Equal,
        PolicyTokenKind.NotEqual => PolicyComparisonOperator.NotEqual,
        PolicyTokenKind.Less => PolicyComparisonOperator.Less,
        PolicyTokenKind.LessOrEqual => PolicyComparisonOperator.LessOrEqual,
        PolicyTokenKind.Greater => PolicyComparisonOperator.Greater,
        PolicyTokenKind.GreaterOrEqual => PolicyComparisonOperator.GreaterOrEqual,
        _ => null,
    };

    private IReadOnlyList<PolicyValue> ParseList()
    {
        Expect(PolicyTokenKind.LeftParen, "'(' after 'in'");
        var items = new List<PolicyValue>();
        do
        {
            if (items.Count == PolicyLimits.MaxInItems)
            {
                throw new PolicySyntaxException(Peek.Offset, $"an 'in' list holds at most {PolicyLimits.MaxInItems} items");
            }
            items.Add(ParseValue());
        }
        while (Accept(PolicyTokenKind.Comma));
        Expect(PolicyTokenKind.RightParen, "',' or ')'");
        return items;
    }
}
