using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Sections;

/// <summary>A literal default must satisfy the column's own constraints, or every insert relying on it would fail.</summary>
internal static class LiteralConstraints
{
    public static bool CheckText(LoadContext context, SpecScalar scalar, string path, DefaultValueReader.Target target)
    {
        var text = scalar.Value;
        var column = target.Column;
        if (column.MinLength is { } min && text.Length < min)
        {
            context.Error(scalar, path, $"default '{text}' is shorter than min_length {min}");
            return false;
        }
        if (column.MaxLength is { } max && text.Length > max)
        {
            context.Error(scalar, path, $"default '{text}' is longer than max_length {max}");
            return false;
        }
        if (target.Pattern is { } pattern && !pattern.IsMatch(text))
        {
            context.Error(scalar, path, $"default '{text}' does not match the pattern");
            return false;
        }
        return true;
    }

    public static bool CheckRange(LoadContext context, SpecScalar scalar, string path, ColumnSchema column, decimal value)
    {
        if (column.Min is { } min && value < min)
        {
            context.Error(scalar, path, $"default {scalar.Value} is less than min {Numbers.Format(min)}");
            return false;
        }
        if (column.Max is { } max && value > max)
        {
            context.Error(scalar, path, $"default {scalar.Value} is greater than max {Numbers.Format(max)}");
            return false;
        }
        return true;
    }
}
