using Basalt.Spec.Schema;

namespace Basalt.Sql.Ddl;

/// <summary>
/// One step of a migration, independent of any database. Every operation knows its inverse, so a migration's
/// down script is rendered from the same list as its up script; where the inverse cannot bring data back,
/// <see cref="InverseCaveat"/> says so and the plan prints it.
/// </summary>
public abstract record SchemaOperation
{
    public abstract TableName Table { get; }

    /// <summary>True when applying it can lose data (drop a table or column, narrow a type).</summary>
    public abstract bool IsDestructive { get; }

    public abstract SchemaOperation Invert();

    /// <summary>Why the inverse does not fully restore what this step changes; null when it does.</summary>
    public virtual string? InverseCaveat => null;

    /// <summary>The plan in words, one line per step: "create table posts (7 columns)".</summary>
    public abstract IEnumerable<string> Describe();
}
