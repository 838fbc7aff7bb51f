using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Basalt.Spec.Loading.Nodes;

/// <summary>
/// Builds a <see cref="SpecNode"/> tree from YamlDotNet's parser events (YAML, or JSON, which is YAML's flow
/// syntax). Expands environment references in values as it goes and reports duplicate keys, alias problems and
/// expansion errors to the context. A syntax error ends the build with that one error.
/// </summary>
internal sealed partial class SpecTreeBuilder
{
    private const string StringTag = "tag:yaml.org,2002:str";

    /// <summary>Far beyond any real spec; keeps a pathological file from exhausting the stack.</summary>
    private const int MaxDepth = 64;

    private readonly LoadContext context;
    private readonly EnvironmentExpander expander;
    private readonly Dictionary<string, SpecNode> anchors = new(StringComparer.Ordinal);
    private Parser parser = null!;
    private string text = "";
    private Mark lastEnd = Mark.Empty;
    private int depth;

    private SpecTreeBuilder(LoadContext context, EnvironmentExpander expander)
    {
        this.context = context;
        this.expander = expander;
    }

    /// <summary>The document's root, or null when the text is empty or unreadable (an error says which).</summary>
    public static SpecNode? Build(string text, LoadContext context, EnvironmentExpander expander) =>
        new SpecTreeBuilder(context, expander).Build(text);

    private SpecNode? Build(string text)
    {
        this.text = text;
        try
        {
            parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }
            parser.Consume<DocumentStart>();
            var root = Read("");
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var next))
            {
                context.Error((int)next.Start.Line, (int)next.Start.Column, "", "a spec holds one YAML document; remove this second one");
            }
            return root;
        }
        catch (YamlException e)
        {
            // Anything reported before the syntax error may be an artefact of it: keep only the parser's verdict.
            context.Clear();
            context.Error((int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column), "", $"invalid YAML: {Spaces().Replace(e.Message, " ")}");
            return null;
        }
        catch (TooDeepException e)
        {
            context.Clear();
            context.Error(e.Line, e.Column, "", $"the document nests deeper than {MaxDepth} levels");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this without a position for some unclosed flow collections.
            context.Clear();
            context.Error((int)Math.Max(1, lastEnd.Line), (int)Math.Max(1, lastEnd.Column), "",
                "invalid YAML after this point; is a '[' or '{' left unclosed?");
            return null;
        }
    }

    private SpecNode Read(string path)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            lastEnd = scalar.End;
            return Remember(scalar.Anchor, ValueScalar(scalar, path));
        }
        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            using var level = Deeper(sequenceStart);
            var items = new List<SpecNode>();
            var list = new SpecList((int)sequenceStart.Start.Line, (int)sequenceStart.Start.Column, items);
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(Read(SpecPath.Item(path, items.Count)));
            }
            return Remember(sequenceStart.Anchor, list);
        }
        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            using var level = Deeper(mappingStart);
            return Remember(mappingStart.Anchor, ReadMapping(mappingStart, path));
        }
        var alias = parser.Consume<AnchorAlias>();
        lastEnd = alias.End;
        if (anchors.TryGetValue(alias.Value.Value, out var target))
        {
            return target;
        }
        var missing = new SpecScalar((int)alias.Start.Line, (int)alias.Start.Column, "", quoted: false, expansionFailed: true);
        context.Error(missing, path, $"unknown alias '*{alias.Value.Value}'; define it first with '&{alias.Value.Value}'");
        return missing;
    }

    private SpecMap ReadMapping(MappingStart start, string path)
    {
        var entries = new List<SpecEntry>();
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadKey(path);
            var key = keyNode as SpecScalar;
            var valuePath = key is null ? path : SpecPath.Key(path, key.Value);
            var value = Read(valuePath);
            if (key is null)
            {
                context.Error(keyNode, path, "a key must be a plain string, not a list or a mapping");
            }
            else if (firstLines.TryGetValue(key.Value, out var firstLine))
            {
                context.Error(key, valuePath, $"duplicate key '{key.Value}'; it is already defined at line {firstLine}");
            }
            else
            {
                firstLines[key.Value] = key.Line;
                entries.Add(new SpecEntry(key, value));
            }
        }
        return new SpecMap((int)start.Start.Line, (int)start.Start.Column, entries);
    }

    /// <summary>Keys are never expanded: a key names part of the format, not a value.</summary>
    private SpecNode ReadKey(string path)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            lastEnd = scalar.End;
            var quoted = IsString(scalar);
            return Remember(scalar.Anchor, new SpecScalar((int)scalar.Start.Line, (int)scalar.Start.Column, scalar.Value, quoted));
        }
        return Read(path);
    }

    private SpecScalar ValueScalar(Scalar scalar, string path)
    {
        var line = (int)scalar.Start.Line;
        var column = (int)scalar.Start.Column;
        var quoted = IsString(scalar);
        var problems = new List<string>();
        var expanded = expander.Expand(scalar.Value, problems);
        foreach (var problem in problems)
        {
            context.Error(line, column, path, problem);
        }
        return expanded is null
            ? new SpecScalar(line, column, scalar.Value, quoted, expansionFailed: true)
            : new SpecScalar(line, column, expanded, quoted, source: Source(scalar));
    }

    /// <summary>The scalar's text as written; null when the marks do not fit the text (never expected).</summary>
    private string? Source(Scalar scalar)
    {
        var start = (int)scalar.Start.Index;
        var end = (int)scalar.End.Index;
        return start >= 0 && start <= end && end <= text.Length ? text[start..end] : null;
    }

    private Level Deeper(ParsingEvent start)
    {
        if (++depth > MaxDepth)
        {
            throw new TooDeepException((int)start.Start.Line, (int)start.Start.Column);
        }
        return new Level(this);
    }

    private readonly struct Level(SpecTreeBuilder builder) : IDisposable
    {
        public void Dispose() => builder.depth--;
    }

    private sealed class TooDeepException(int line, int column) : Exception
    {
        public int Line { get; } = line;

        public int Column { get; } = column;
    }

    /// <summary>Quoted scalars and <c>!!str</c> are strings whatever their text looks like.</summary>
    private static bool IsString(Scalar scalar) => scalar.Style is not ScalarStyle.Plain || scalar.Tag.ToString() == StringTag;

    private SpecNode Remember(AnchorName anchor, SpecNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
        return node;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
