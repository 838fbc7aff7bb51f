namespace Basalt.Bench.Seeder;

/// <summary>A row of <c>categories</c>.</summary>
public sealed record Category(long Id, long? ParentId, string Name, string Slug);
