using System.Diagnostics.CodeAnalysis;

namespace Basalt.Query.Planning;

/// <summary>What <see cref="RelationshipResolver.Resolve"/> returns: either the relationship or the error, never both.</summary>
public sealed record RelationshipResult
{
    private RelationshipResult(Relationship? relationship, PlanError? error)
    {
        Relationship = relationship;
        Error = error;
    }

    public Relationship? Relationship { get; }

    public PlanError? Error { get; }

    [MemberNotNullWhen(true, nameof(Relationship))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Relationship is not null;

    public static RelationshipResult Ok(Relationship relationship) => new(relationship, null);

    public static RelationshipResult Fail(PlanError error) => new(null, error);

    public override string ToString() => Succeeded ? Relationship.ToString() : Error.ToString();
}
