using System.Text.RegularExpressions;

namespace Basalt.Auth.Accounts;

/// <summary>GoTrue's email check (its pattern and 255-character limit); addresses are compared and stored lower-case.</summary>
public static partial class EmailAddress
{
    public const int MaxLength = 255;

    /// <summary>The normalised address, or null when it is not one.</summary>
    public static string? Normalize(string? text)
    {
        var email = text?.Trim().ToLowerInvariant();
        return email is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(email) ? email : null;
    }

    [GeneratedRegex(@"^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
