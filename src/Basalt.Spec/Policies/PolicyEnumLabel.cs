namespace Basalt.Spec.Policies;

/// <summary>A value of an enum column: compared by declaration order, as PostgreSQL orders enum labels.</summary>
internal readonly record struct PolicyEnumLabel(string Label, IReadOnlyList<string> Values)
{
    public int Order => IndexOf(Label);

    public int IndexOf(string label)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            if (Values[i] == label)
            {
                return i;
            }
        }
        return -1;
    }
}
