using Basalt.Spec.Policies;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Compiling;

/// <summary>
/// Parses and validates every policy once, against the whole compiled schema, reports each problem at its line
/// and column in the spec, and attaches the trees to the tables' <see cref="PolicyExpression.Condition"/>.
/// </summary>
internal static class PolicyChecker
{
    public static IReadOnlyList<TableSchema> Attach(LoadContext context, IReadOnlyList<TableDraft> drafts, IReadOnlyList<TableSchema> tables, IReadOnlyList<string> roles)
    {
        var schema = new DatabaseSchema([.. SystemTables.All, .. tables]);
        var result = new TableSchema[tables.Count];
        for (var i = 0; i < tables.Count; i++)
        {
            // A column that failed to read is already reported; checking policies against the rest would only
            // add "unknown column" errors for it.
            var complete = drafts[i].Columns.Count == drafts[i].DeclaredColumnNames.Count;
            var checker = new Checker(context, drafts[i], tables[i].Name, schema, roles, complete);
            var p = tables[i].Policies;
            result[i] = tables[i] with
            {
                Policies = new TablePolicies(checker.Rule(p.Select), checker.Rule(p.Insert), checker.Rule(p.Update), checker.Rule(p.Delete)),
            };
        }
        return result;
    }

    private sealed class Checker(LoadContext context, TableDraft draft, TableName table, DatabaseSchema schema, IReadOnlyList<string> roles, bool report)
    {
        public PolicyRule? Rule(PolicyRule? rule) => rule is null
            ? null
            : new PolicyRule(rule.ByRole.ToDictionary(r => r.Key, r => Expression(r.Value)).AsReadOnly());

        private PolicyExpression Expression(PolicyExpression expression)
        {
            var location = expression.Location ?? new SourceLocation(context.File, 1, 1);
            var source = draft.PolicySources.GetValueOrDefault(expression)
                ?? new PolicySource(PolicyTextMap.Plain(expression.Text, location.Line, location.Column), draft.Path);
            var parsed = PolicyParser.Parse(expression.Text, table, schema, source.Map);
            var errors = parsed.Condition is { } condition ? PolicyValidator.Validate(condition, schema, roles) : parsed.Errors;
            if (report)
            {
                foreach (var error in errors)
                {
                    context.Error(error.Position.Line, error.Position.Column, source.Path, error.Message);
                }
            }
            return errors.Count == 0 ? expression with { Condition = parsed.Condition } : expression;
        }
    }
}
