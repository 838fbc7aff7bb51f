using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Whether a caller may run a plan at all: every table it reads or writes needs a policy for that operation that
/// applies to the caller (default deny), except for <c>service_role</c>, which bypasses policies. A read needs a
/// <c>select</c> policy on the table and on every embedded table; a write needs its own operation's policy, and
/// <c>select</c> on the tables embedded in its representation; a merging upsert needs <c>insert</c> and <c>update</c>. Which rows pass is the policies' business
/// (<see cref="PolicyApplier"/>); this only answers "may this role touch that table".
/// </summary>
public static class PolicyAccess
{
    /// <summary>The first table the caller may not touch, or null when it may run the plan.</summary>
    public static TableName? Refused(QueryPlan plan, PlanContext context)
    {
        if (context.BypassesPolicies)
        {
            return null;
        }
        var caller = context.PolicyCaller;
        bool Allowed(TableSchema table, PolicyOperation operation) => PolicyRules.For(table, operation, caller).Count > 0;
        TableName? Embeds(SelectNode? node) => node is null ? null : node.Items.OfType<EmbedOutput>()
            .Select(embed => Allowed(embed.Child.Table, PolicyOperation.Select) ? Embeds(embed.Child) : embed.Child.Table.Name)
            .FirstOrDefault(refused => refused is not null);
        var (operation, shape) = plan switch
        {
            ReadPlan read => (PolicyOperation.Select, read.Root),
            InsertPlan insert => (PolicyOperation.Insert, insert.Returning.Shape),
            UpdatePlan update => (PolicyOperation.Update, update.Returning.Shape),
            DeletePlan delete => (PolicyOperation.Delete, delete.Returning.Shape),
            _ => throw new ArgumentOutOfRangeException(nameof(plan), plan, "unknown plan"),
        };
        var upsert = plan is InsertPlan { Conflict.Merge: true };
        return Allowed(plan.Table, operation) && (!upsert || Allowed(plan.Table, PolicyOperation.Update)) ? Embeds(shape) : plan.Table.Name;
    }
}
