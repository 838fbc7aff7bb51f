using Basalt.Spec.Naming;

namespace Basalt.Spec.Loading.Reading;

/// <summary>"did you mean" for misspelt keys, types, tables and columns: the closest valid name within two edits.</summary>
internal static class Suggestions
{
    /// <summary><c>{message}; did you mean 'x'? valid: a, b, c</c> (the hint only when a close name exists).</summary>
    public static string WithValid(string message, string value, IEnumerable<string> valid)
    {
        var names = valid.ToArray();
        return Format(message, ClosestName.Find(value, names), names);
    }

    /// <summary>The same shape with a suggestion found elsewhere (an alias table, a suffix put back).</summary>
    public static string Format(string message, string? closest, IEnumerable<string> valid)
    {
        var hint = closest is null ? "" : $"; did you mean '{closest}'?";
        var separator = closest is null ? "; " : " ";
        return $"{message}{hint}{separator}valid: {string.Join(", ", valid)}";
    }

    /// <summary><c>unknown {what} '{value}'; did you mean …? valid: …</c>.</summary>
    public static string Unknown(string what, string value, IEnumerable<string> valid) =>
        WithValid($"unknown {what} '{value}'", value, valid);
}
