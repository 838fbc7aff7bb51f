using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Compiling;

/// <summary>A table as read: columns and settings, with the nodes that relation and naming checks report at.</summary>
internal sealed class TableDraft(string name, SpecScalar key, string path)
{
    public string Name { get; } = name;

    public SpecScalar Key { get; } = key;

    public string Path { get; } = path;

    public List<ColumnDraft> Columns { get; } = [];

    /// <summary>Every column key the spec wrote, including those that failed to read, so they are not "unknown" too.</summary>
    public List<string> DeclaredColumnNames { get; } = [];

    /// <summary>Table-level <c>unique: [[a, b]]</c> entries with the node each was written at.</summary>
    public List<(IReadOnlyList<string> Columns, SpecNode Node, string Path)> CompositeUniques { get; } = [];

    public List<(IndexSchema Index, SpecNode Node, string Path)> Indexes { get; } = [];

    public TablePolicies Policies { get; set; } = TablePolicies.None;

    /// <summary>Where each policy expression was written, for the parser's positions and messages.</summary>
    public Dictionary<PolicyExpression, PolicySource> PolicySources { get; } = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyDictionary<string, RateLimitRule> RateLimits { get; set; } = new Dictionary<string, RateLimitRule>();

    public CacheSettings? Cache { get; set; }

    public string? Description { get; set; }

    public ColumnDraft? FindColumn(string name) => Columns.FirstOrDefault(c => c.Name == name);

    public bool Declares(string column) => DeclaredColumnNames.Contains(column);

    public IReadOnlyList<string> PrimaryKey => Columns.Where(c => c.Primary).Select(c => c.Name).ToArray();
}
