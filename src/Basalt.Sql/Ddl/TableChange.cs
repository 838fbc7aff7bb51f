using Basalt.Spec.Schema;

namespace Basalt.Sql.Ddl;

/// <summary>One change inside an <see cref="AlterTable"/>.</summary>
public abstract record TableChange
{
    public abstract bool IsDestructive { get; }

    public abstract TableChange Invert();

    public virtual string? InverseCaveat => null;

    public abstract string Describe();
}

public sealed record AddColumn(ColumnSchema Column) : TableChange
{
    public override bool IsDestructive => false;

    public override TableChange Invert() => new DropColumn(Column);

    public override string? InverseCaveat => $"rolling back drops column {Column.Name} and its values";

    public override string Describe() => $"add column {Column.Name} {Column.Type}{(Column.Nullable ? " null" : " not null")}{(Column.Default is null ? "" : $" default {Column.Default}")}";
}

public sealed record DropColumn(ColumnSchema Column) : TableChange
{
    public override bool IsDestructive => true;

    public override TableChange Invert() => new AddColumn(Column);

    public override string? InverseCaveat => $"rolling back re-adds column {Column.Name} without its former values";

    public override string Describe() => $"DROP column {Column.Name} and its values";
}

public sealed record RenameColumn(string From, string To) : TableChange
{
    public override bool IsDestructive => false;

    public override TableChange Invert() => new RenameColumn(To, From);

    public override string Describe() => $"rename column {From} to {To} (values kept)";
}

/// <summary>A kept column whose type, nullability, default or value constraints change.</summary>
public sealed record AlterColumn(ColumnSchema Before, ColumnSchema After) : TableChange
{
    public bool TypeChanged => !Before.Type.Equals(After.Type);

    public bool NullabilityChanged => Before.Nullable != After.Nullable;

    public bool DefaultChanged => !Equals(Before.Default, After.Default) || Before.Identity != After.Identity;

    public bool ConstraintsChanged =>
        Before.MinLength != After.MinLength || Before.MaxLength != After.MaxLength || Before.Pattern != After.Pattern
        || Before.Min != After.Min || Before.Max != After.Max || Before.Check != After.Check;

    public override bool IsDestructive => TypeChanged && !TypeConversions.IsWidening(Before.Type, After.Type);

    public override TableChange Invert() => new AlterColumn(After, Before);

    public override string? InverseCaveat =>
        TypeChanged && !TypeConversions.IsWidening(After.Type, Before.Type)
            ? $"rolling back narrows {After.Name} from {After.Type} to {Before.Type}, which fails on values that do not fit"
            : null;

    public override string Describe()
    {
        var parts = new List<string>();
        if (TypeChanged)
        {
            parts.Add($"{(IsDestructive ? "NARROW" : "change")} type {Before.Type} -> {After.Type}");
        }
        if (NullabilityChanged)
        {
            parts.Add(After.Nullable ? "allow null" : "set not null");
        }
        if (DefaultChanged)
        {
            parts.Add(After.Default is null ? "drop default" : $"set default {After.Default}");
        }
        if (ConstraintsChanged)
        {
            parts.Add("change value constraints");
        }
        return $"alter column {After.Name}: {string.Join(", ", parts)}";
    }
}

public sealed record AddIndex(IndexSchema Index) : TableChange
{
    public override bool IsDestructive => false;

    public override TableChange Invert() => new DropIndex(Index);

    public override string Describe() => $"add index {Index}";
}

public sealed record DropIndex(IndexSchema Index) : TableChange
{
    public override bool IsDestructive => false;

    public override TableChange Invert() => new AddIndex(Index);

    public override string Describe() => $"drop index {Index.Name}";
}

public sealed record AddUnique(UniqueConstraint Constraint) : TableChange
{
    public override bool IsDestructive => false;

    public override TableChange Invert() => new DropUnique(Constraint);

    public override string Describe() => $"add unique {Constraint.Name} ({string.Join(", ", Constraint.Columns)})";
}

public sealed record DropUnique(UniqueConstraint Constraint) : TableChange
{
    public override bool IsDestructive => false;

    public override TableChange Invert() => new AddUnique(Constraint);

    public override string Describe() => $"drop unique {Constraint.Name}";
}

public sealed record AddForeignKey(ForeignKey Key) : TableChange
{
    public override bool IsDestructive => false;

    public override TableChange Invert() => new DropForeignKey(Key);

    public override string Describe() => $"add foreign key {Key.Name} ({string.Join(", ", Key.Columns)}) -> {Key.RefTable}";
}

public sealed record DropForeignKey(ForeignKey Key) : TableChange
{
    public override bool IsDestructive => false;

    public override TableChange Invert() => new AddForeignKey(Key);

    public override string Describe() => $"drop foreign key {Key.Name}";
}

public sealed record AlterPrimaryKey(IReadOnlyList<string> Before, IReadOnlyList<string> After) : TableChange
{
    public override bool IsDestructive => false;

    public override TableChange Invert() => new AlterPrimaryKey(After, Before);

    public override string Describe() => $"change primary key ({string.Join(", ", Before)}) -> ({string.Join(", ", After)})";
}
