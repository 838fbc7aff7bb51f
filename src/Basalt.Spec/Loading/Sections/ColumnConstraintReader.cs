using System.Text;
using System.Text.RegularExpressions;
using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Sections;

/// <summary>Reads the value constraints of a column: <c>min_length</c>, <c>max_length</c>, <c>pattern</c> (text) and <c>min</c>, <c>max</c> (numbers).</summary>
internal static class ColumnConstraintReader
{
    public sealed record Constraints(int? MinLength, int? MaxLength, string? Pattern, Regex? CompiledPattern, decimal? Min, decimal? Max);

    /// <param name="type">Null when the type is unknown: then only the values' own shape is checked.</param>
    public static Constraints Read(LoadContext context, SpecMap map, string path, ColumnType? type)
    {
        var isText = type is { Kind: ColumnKind.Text, IsArray: false };
        var minLength = ReadLength(context, map, path, "min_length", type, isText);
        var maxLength = ReadLength(context, map, path, "max_length", type, isText);
        if (minLength > maxLength)
        {
            context.Error(map["min_length"]!, SpecPath.Key(path, "min_length"), $"min_length {minLength} is greater than max_length {maxLength}");
        }
        var (pattern, regex) = ReadPattern(context, map, path, type, isText);
        var min = ReadBound(context, map, path, "min", type);
        var max = ReadBound(context, map, path, "max", type);
        if (min > max)
        {
            context.Error(map["min"]!, SpecPath.Key(path, "min"), $"min {Numbers.Format(min.Value)} is greater than max {Numbers.Format(max!.Value)}");
        }
        return new Constraints(minLength, maxLength, pattern, regex, min, max);
    }

    private static int? ReadLength(LoadContext context, SpecMap map, string path, string key, ColumnType? type, bool isText)
    {
        var keyPath = SpecPath.Key(path, key);
        if (!map.Has(key) || !OnlyFor(context, map, keyPath, key, type, isText, "text"))
        {
            return null;
        }
        var length = context.Int(map[key], keyPath);
        if (length < 0)
        {
            context.Error(map[key]!, keyPath, $"{key} must be 0 or more, found {length}");
            return null;
        }
        return length;
    }

    private static (string?, Regex?) ReadPattern(LoadContext context, SpecMap map, string path, ColumnType? type, bool isText)
    {
        var keyPath = SpecPath.Key(path, "pattern");
        if (!map.Has("pattern") || !OnlyFor(context, map, keyPath, "pattern", type, isText, "text"))
        {
            return (null, null);
        }
        if (context.String(map["pattern"], keyPath) is not { } pattern)
        {
            return (null, null);
        }
        try
        {
            return (pattern, new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        }
        catch (RegexParseException e)
        {
            context.Error(map["pattern"]!, keyPath, $"invalid regular expression: {Words(e.Error.ToString())} at position {e.Offset}");
            return (pattern, null);
        }
    }

    private static decimal? ReadBound(LoadContext context, SpecMap map, string path, string key, ColumnType? type)
    {
        var keyPath = SpecPath.Key(path, key);
        if (!map.Has(key) || !OnlyFor(context, map, keyPath, key, type, type is { IsNumber: true }, "number"))
        {
            return null;
        }
        return context.Number(map[key], keyPath);
    }

    /// <summary>Reports a key on a column of the wrong type (at the key); true when the key belongs or the type is unknown.</summary>
    private static bool OnlyFor(LoadContext context, SpecMap map, string keyPath, string key, ColumnType? type, bool fits, string kinds)
    {
        if (type is null || fits)
        {
            return true;
        }
        context.Error(map.KeyNode(key)!, keyPath, $"{key} is only for {kinds} columns; this column is {type.SpecName}");
        return false;
    }

    /// <summary><c>InsufficientClosingParentheses</c> → <c>insufficient closing parentheses</c>: stable across .NET releases, unlike the message.</summary>
    private static string Words(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
