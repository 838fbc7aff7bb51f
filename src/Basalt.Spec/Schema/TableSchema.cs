namespace Basalt.Spec.Schema;

/// <summary>
/// One table after validation: its columns in declaration order and its constraints, each with a derived,
/// stable name. Immutable; the migration differ compares two of these.
/// </summary>
public sealed record TableSchema(TableName Name, IReadOnlyList<ColumnSchema> Columns)
{
    public IReadOnlyList<string> PrimaryKey { get; init; } = [];

    public IReadOnlyList<UniqueConstraint> Uniques { get; init; } = [];

    public IReadOnlyList<ForeignKey> ForeignKeys { get; init; } = [];

    public IReadOnlyList<IndexSchema> Indexes { get; init; } = [];

    public TablePolicies Policies { get; init; } = TablePolicies.None;

    /// <summary>Requests per window by role (<c>anon</c>, <c>authenticated</c>, a custom role).</summary>
    public IReadOnlyDictionary<string, RateLimitRule> RateLimits { get; init; } = new Dictionary<string, RateLimitRule>();

    public CacheSettings? Cache { get; init; }

    public string? Description { get; init; }

    /// <summary>Basalt's own tables (<c>auth.*</c>): created by migrations like any other, never served by REST.</summary>
    public bool IsSystem { get; init; }

    public ColumnSchema? FindColumn(string name) => Columns.FirstOrDefault(c => c.Name == name);

    public ColumnSchema Column(string name) =>
        FindColumn(name) ?? throw new KeyNotFoundException($"table {Name} has no column '{name}'");

    public bool IsPrimaryKey(string column) => PrimaryKey.Contains(column);
}
