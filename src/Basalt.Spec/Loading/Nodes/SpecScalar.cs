namespace Basalt.Spec.Loading.Nodes;

/// <summary>A scalar after <c>${VAR}</c> expansion.</summary>
internal sealed class SpecScalar(int line, int column, string value, bool quoted, bool expansionFailed = false, string? source = null) : SpecNode(line, column)
{
    /// <summary>
    /// The scalar as written in the file, quotes, escapes and block header included (null for keys), so a policy's
    /// parser can place an error at the exact character.
    /// </summary>
    public string? Source { get; } = source;

    /// <summary>The text after environment expansion (for keys: as written).</summary>
    public string Value { get; } = value;

    /// <summary>True for quoted scalars and <c>!!str</c>: never null, a boolean or a number in YAML's eyes.</summary>
    public bool Quoted { get; } = quoted;

    /// <summary>
    /// True when expansion failed and the error is already reported: readers treat the value as absent so one
    /// unset variable does not cascade into a second, misleading error.
    /// </summary>
    public bool ExpansionFailed { get; } = expansionFailed;

    /// <summary>YAML's null: an empty or <c>~</c>/<c>null</c> plain scalar.</summary>
    public bool IsNull => !Quoted && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "nothing" : $"'{Value}'";
}
