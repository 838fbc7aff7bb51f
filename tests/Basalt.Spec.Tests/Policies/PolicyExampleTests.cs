using Basalt.Spec.Loading;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Tests.Policies;

/// <summary>Every policy of the shipped examples and the test specs parses and validates, and carries its tree.</summary>
public sealed class PolicyExampleTests
{
    public static TheoryData<string> Specs()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Basalt.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("the repository root is not above the test output");
        }
        var files = Directory.GetFiles(Path.Combine(root, "examples"), "basalt.yaml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "Basalt.Spec.Tests", "Specs")))
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal));
        var data = new TheoryData<string>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_policy_loads_with_its_tree(string file)
    {
        var result = SpecLoader.LoadText(File.ReadAllText(file), file, new Dictionary<string, string?>());
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var expressions = result.Spec!.Schema.UserTables
            .SelectMany(t => new[] { t.Policies.Select, t.Policies.Insert, t.Policies.Update, t.Policies.Delete })
            .OfType<PolicyRule>().SelectMany(r => r.ByRole.Values).ToArray();
        Assert.NotEmpty(expressions);
        Assert.All(expressions, e => Assert.NotNull(e.Condition));
    }
}
