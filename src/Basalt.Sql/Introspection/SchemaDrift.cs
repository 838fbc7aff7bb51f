namespace Basalt.Sql.Introspection;

/// <summary>One difference between what the spec says and what the database has: "posts.title: expected not null, found null".</summary>
public sealed record SchemaDrift(string Subject, string Message)
{
    public override string ToString() => $"{Subject}: {Message}";
}
