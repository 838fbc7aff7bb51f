using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Naming;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Policies;

/// <summary>Values, functions, column binding and <c>exists</c>.</summary>
public sealed partial class PolicyParser
{
    private static readonly string[] KnownFunctions = ["auth.uid", "auth.role", "auth.jwt", "auth.has_role", "now"];

    private static readonly string[] Functions = ["auth.uid()", "auth.role()", "auth.jwt()", "auth.has_role('role')", "now()"];

    private PolicyValue ParseValue()
    {
        var token = Peek;
        switch (token.Kind)
        {
            case PolicyTokenKind.String or PolicyTokenKind.Integer or PolicyTokenKind.Decimal:
                Advance();
                return At(new PolicyLiteral(token.Value), token);
            case PolicyTokenKind.Identifier when !token.Quoted && token.Name is "true" or "false":
                Advance();
                return At(new PolicyLiteral(token.Name == "true"), token);
            case PolicyTokenKind.Identifier when token.Is("null"):
                Advance();
                return At(new PolicyLiteral(null), token);
            case PolicyTokenKind.Identifier when token.Quoted || !PolicyKeywords.All.Contains(token.Name):
                return ParseNameOrFunction();
            default:
                throw Expected("a column, a literal or a function");
        }
    }

    private PolicyValue ParseNameOrFunction()
    {
        var first = Advance();
        var parts = new List<PolicyToken> { first };
        while (Peek.Kind == PolicyTokenKind.Dot)
        {
            Advance();
            parts.Add(Expect(PolicyTokenKind.Identifier, "a name after '.'"));
        }
        if (Peek.Kind == PolicyTokenKind.LeftParen)
        {
            return ParseFunction(parts, first);
        }
        if (parts.Count > 3)
        {
            throw new PolicySyntaxException(first.Offset, "expected column, table.column or schema.table.column, found a longer name");
        }
        return Bind(parts, first);
    }

    private PolicyValue ParseFunction(List<PolicyToken> parts, PolicyToken first)
    {
        var name = string.Join(".", parts.Select(p => p.Quoted ? $"\"{p.Name}\"" : p.Name));
        Advance();
        switch (name)
        {
            case "now":
                Expect(PolicyTokenKind.RightParen, "')' after 'now('");
                return At(new PolicyNow(), first);
            case "auth.uid":
                Expect(PolicyTokenKind.RightParen, "')' after 'auth.uid('");
                return At(new PolicyAuthUid(), first);
            case "auth.role":
                Expect(PolicyTokenKind.RightParen, "')' after 'auth.role('");
                return At(new PolicyAuthRole(), first);
            case "auth.has_role":
                var role = Expect(PolicyTokenKind.String, "a role name in quotes, as in auth.has_role('admin')");
                Expect(PolicyTokenKind.RightParen, "')' after the role name");
                return At(new PolicyHasRole(role.Name), first);
            case "auth.jwt":
                Expect(PolicyTokenKind.RightParen, "')' after 'auth.jwt('");
                return ParseClaimPath(first);
            default:
                var closest = ClosestName.Find(name, KnownFunctions);
                throw new PolicySyntaxException(first.Offset, Suggestions.Format($"unknown function '{name}()'", closest is null ? null : closest + "()", Functions));
        }
    }

    /// <summary><c>-&gt; 'a' -&gt; 'b' -&gt;&gt; 'c'</c> after <c>auth.jwt()</c>; only the last step may be <c>-&gt;&gt;</c>.</summary>
    private PolicyJwtClaim ParseClaimPath(PolicyToken first)
    {
        var path = new List<string>();
        var asText = false;
        while (Peek.Kind is PolicyTokenKind.Arrow or PolicyTokenKind.ArrowText)
        {
            var arrow = Advance();
            if (asText)
            {
                throw new PolicySyntaxException(arrow.Offset, "'->>' returns text, which has no claims; use '->' for every step but the last");
            }
            asText = arrow.Kind == PolicyTokenKind.ArrowText;
            path.Add(Expect(PolicyTokenKind.String, $"a claim name in quotes after '{arrow.Text}', as in auth.jwt() ->> 'email'").Name);
        }
        return At(new PolicyJwtClaim(path, asText), first);
    }

    private PolicyCondition ParseExists()
    {
        var keyword = Advance();
        Enter(keyword);
        Expect(PolicyTokenKind.LeftParen, "'(' after 'exists'");
        var nameToken = Expect(PolicyTokenKind.Identifier, "a table name");
        var name = TableName.Public(nameToken.Name);
        if (Accept(PolicyTokenKind.Dot))
        {
            name = new TableName(nameToken.Name, Expect(PolicyTokenKind.Identifier, "a table name after '.'").Name);
        }
        string? alias = null;
        if (Accept("as") || (Peek.Kind == PolicyTokenKind.Identifier && (Peek.Quoted || !PolicyKeywords.All.Contains(Peek.Name))))
        {
            alias = Expect(PolicyTokenKind.Identifier, "an alias after 'as'").Name;
        }
        var table = schema.Find(name);
        if (table is null)
        {
            var valid = schema.Tables.Select(t => t.Name.ToString()).ToArray();
            Error(nameToken, Suggestions.Unknown("table", name.ToString(), valid));
        }
        var scope = scopes.Count;
        scopes.Add(new PolicyScopeFrame(table?.Name ?? name, table, alias, scope));
        PolicyCondition where = At(new PolicyTruth(At(new PolicyLiteral(true), keyword)), keyword);
        if (Accept("where"))
        {
            where = ParseOr();
        }
        Expect(PolicyTokenKind.RightParen, Peek.Kind == PolicyTokenKind.Identifier && !Peek.Quoted && PolicyKeywords.All.Contains(Peek.Name)
            ? "'where' or ')'" : "')'");
        scopes.RemoveAt(scopes.Count - 1);
        depth--;
        return At(new PolicyExists(table?.Name ?? name, scope, where), keyword);
    }

    /// <summary>Binds <c>column</c>, <c>table.column</c> or <c>schema.table.column</c> to the innermost scope that has it.</summary>
    private PolicyColumn Bind(List<PolicyToken> parts, PolicyToken first)
    {
        var column = parts[^1].Name;
        string? schemaName = parts.Count == 3 ? parts[0].Name : null;
        string? tableName = parts.Count >= 2 ? parts[^2].Name : null;
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            var frame = scopes[i];
            if (tableName is null ? frame.Has(column) : frame.IsNamed(schemaName, tableName))
            {
                if (!frame.Has(column))
                {
                    Error(parts[^1], UnknownColumn(column, frame.Table!));
                }
                return At(new PolicyColumn(frame.Name, column, frame.Scope), first);
            }
        }
        if (tableName is not null)
        {
            var inScope = scopes.Select(s => s.Alias ?? s.Name.ToString()).Distinct().ToArray();
            var written = schemaName is null ? tableName : $"{schemaName}.{tableName}";
            Error(first, Suggestions.WithValid($"'{written}' is not a table in scope here", written, inScope));
        }
        else
        {
            Error(first, UnknownColumn(column, scopes[^1].Table, scopes));
        }
        return At(new PolicyColumn(scopes[^1].Name, column, scopes[^1].Scope), first);
    }

    private static string UnknownColumn(string column, TableSchema table) =>
        Suggestions.WithValid($"unknown column '{column}' in {table.Name}", column, table.Columns.Select(c => c.Name));

    private static string UnknownColumn(string column, TableSchema? innermost, List<PolicyScopeFrame> scopes)
    {
        var candidates = scopes.AsEnumerable().Reverse().Where(s => s.Table is not null)
            .SelectMany(s => s.Table!.Columns.Select(c => c.Name)).Distinct().ToArray();
        var where = scopes.Count == 1 && innermost is not null ? $" in {innermost.Name}" : "";
        return Suggestions.WithValid($"unknown column '{column}'{where}", column, candidates);
    }
}
