namespace Basalt.Spec.Policies;

/// <summary>Ends a parse at the first syntax error; caught by <see cref="PolicyParser"/>, never seen outside it.</summary>
internal sealed class PolicySyntaxException(int offset, string message) : Exception(message)
{
    public int Offset { get; } = offset;
}
