using System.Globalization;

namespace Basalt.Spec.Policies;

/// <summary>
/// One token: its kind, its value (an identifier folded to lowercase unless double-quoted, a string's content, a
/// number) and the offset it starts at in the expression text.
/// </summary>
internal sealed record PolicyToken(PolicyTokenKind Kind, string Text, object? Value, int Offset, bool Quoted = false)
{
    /// <summary>True for an unquoted identifier spelling <paramref name="keyword"/> in any case.</summary>
    public bool Is(string keyword) => Kind == PolicyTokenKind.Identifier && !Quoted && (string)Value! == keyword;

    public string Name => (string)Value!;

    /// <summary>How the token reads in a "found …" message.</summary>
    public string Describe() => Kind switch
    {
        PolicyTokenKind.End => "the end of the expression",
        PolicyTokenKind.String => $"the string '{Text}'",
        PolicyTokenKind.Integer or PolicyTokenKind.Decimal => $"the number {Convert.ToString(Value, CultureInfo.InvariantCulture)}",
        PolicyTokenKind.Identifier when PolicyKeywords.All.Contains(Text.ToLowerInvariant()) && !Quoted => $"'{Text.ToLowerInvariant()}'",
        PolicyTokenKind.Identifier => $"'{Text}'",
        _ => $"'{Text}'",
    };
}
