namespace Basalt.Bench.Seeder;

/// <summary>A row of <c>products</c>; <see cref="AttributesJson"/> is a JSON object as text.</summary>
public sealed record Product(
    long Id, long? CategoryId, string Sku, string Name, string Description, decimal Price, int Stock,
    string Status, string[] Tags, string AttributesJson, DateTime CreatedAt, DateTime UpdatedAt);
