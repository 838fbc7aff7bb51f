namespace Basalt.Query.Request;

/// <summary>An embed's explicit join: <c>!inner</c> keeps only parent rows that have a match, <c>!left</c> keeps all.</summary>
public enum JoinKind
{
    Left,
    Inner,
}
