using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;

namespace Basalt.Spec.Loading;

/// <summary>
/// Typed reads of nodes. Each returns null for an absent value (missing, YAML null, or an expansion that already
/// failed) and for a wrong one, which it reports; the caller only decides what absence means.
/// </summary>
internal sealed partial class LoadContext
{
    public SpecMap? Map(SpecNode? node, string path) => node switch
    {
        SpecMap map => map,
        null => null,
        SpecScalar { IsNull: true } or SpecScalar { ExpansionFailed: true } => null,
        _ => Wrong<SpecMap>(node, path, "a mapping"),
    };

    public SpecList? List(SpecNode? node, string path) => node switch
    {
        SpecList list => list,
        null => null,
        SpecScalar { IsNull: true } or SpecScalar { ExpansionFailed: true } => null,
        _ => Wrong<SpecList>(node, path, "a list"),
    };

    /// <summary>A map whose keys are checked against <paramref name="valid"/>; unknown keys are reported at the key.</summary>
    public SpecMap? Section(SpecNode? node, string path, IReadOnlyList<string> valid)
    {
        var map = Map(node, path);
        if (map is not null)
        {
            CheckKeys(map, path, valid);
        }
        return map;
    }

    /// <summary>Like <see cref="Section"/>, but an empty value (<c>title:</c>) is an error too.</summary>
    public SpecMap? RequiredSection(SpecNode? node, string path, IReadOnlyList<string> valid)
    {
        if (node is SpecScalar { IsNull: true, ExpansionFailed: false })
        {
            Error(node, path, "expected a mapping, found nothing");
            return null;
        }
        return Section(node, path, valid);
    }

    public void CheckKeys(SpecMap map, string path, IReadOnlyList<string> valid)
    {
        foreach (var entry in map.Entries.Where(e => !valid.Contains(e.Key.Value)))
        {
            Error(entry.Key, SpecPath.Key(path, entry.Key.Value), Suggestions.Unknown("key", entry.Key.Value, valid));
        }
    }

    /// <summary>Reports <c>missing required key</c> at the mapping when <paramref name="key"/> is absent; true when present.</summary>
    public bool Require(SpecMap map, string path, string key, string hint = "")
    {
        if (map.Has(key))
        {
            return true;
        }
        Error(map, path, $"missing required key '{key}'{hint}");
        return false;
    }

    /// <summary>The scalar at <paramref name="node"/> (YAML null included), or null when absent, failed or not a scalar.</summary>
    public SpecScalar? Scalar(SpecNode? node, string path, string expected) => node switch
    {
        null or SpecScalar { ExpansionFailed: true } => null,
        SpecScalar scalar => scalar,
        _ => Wrong<SpecScalar>(node, path, expected),
    };

    public string? String(SpecNode? node, string path) =>
        Scalar(node, path, "a string") is { IsNull: false } scalar ? scalar.Value : null;

    /// <summary>A string where an empty one means "not set" (optional settings filled from <c>${VAR:-}</c>).</summary>
    public string? OptionalString(SpecNode? node, string path) =>
        String(node, path) is { Length: > 0 } text ? text : null;

    public bool? Bool(SpecNode? node, string path)
    {
        if (Scalar(node, path, "true or false") is not { IsNull: false } scalar)
        {
            return null;
        }
        switch (scalar.Value)
        {
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            default:
                Error(scalar, path, $"expected true or false, found {scalar.Describe()}");
                return null;
        }
    }

    public int? Int(SpecNode? node, string path)
    {
        if (Scalar(node, path, "a whole number") is not { IsNull: false } scalar)
        {
            return null;
        }
        if (Numbers.TryParseLong(scalar.Value, out var value) && value is >= int.MinValue and <= int.MaxValue)
        {
            return (int)value;
        }
        Error(scalar, path, $"expected a whole number, found {scalar.Describe()}");
        return null;
    }

    public decimal? Number(SpecNode? node, string path)
    {
        if (Scalar(node, path, "a number") is not { IsNull: false } scalar)
        {
            return null;
        }
        if (Numbers.TryParseDecimal(scalar.Value, out var value))
        {
            return value;
        }
        Error(scalar, path, $"expected a number, found {scalar.Describe()}");
        return null;
    }

    public TimeSpan? Duration(SpecNode? node, string path)
    {
        if (Scalar(node, path, "a duration") is not { IsNull: false } scalar)
        {
            return null;
        }
        if (Durations.TryParse(scalar.Value, out var duration))
        {
            return duration;
        }
        Error(scalar, path, $"invalid duration '{scalar.Value}'; write a number and a unit: {Durations.Forms}");
        return null;
    }

    /// <summary>A list of strings with their nodes; null items and non-scalars are reported, empty strings kept.</summary>
    public IReadOnlyList<(string Value, SpecScalar Node, string Path)>? Strings(SpecNode? node, string path)
    {
        if (List(node, path) is not { } list)
        {
            return null;
        }
        var values = new List<(string, SpecScalar, string)>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var itemPath = SpecPath.Item(path, i);
            var scalar = Scalar(list.Items[i], itemPath, "a string");
            if (scalar is { IsNull: true })
            {
                Error(scalar, itemPath, "expected a string, found nothing");
            }
            else if (scalar is not null)
            {
                values.Add((scalar.Value, scalar, itemPath));
            }
        }
        return values;
    }

    /// <summary>A value that must be one of <paramref name="valid"/>, with "did you mean" when it is not.</summary>
    public string? Choice(SpecNode? node, string path, string what, IReadOnlyList<string> valid)
    {
        if (String(node, path) is not { } text)
        {
            return null;
        }
        if (valid.Contains(text))
        {
            return text;
        }
        Error(node!, path, Suggestions.Unknown(what, text, valid));
        return null;
    }

    private T? Wrong<T>(SpecNode node, string path, string expected)
        where T : class
    {
        Error(node, path, $"expected {expected}, found {node.Describe()}");
        return null;
    }
}
