namespace Basalt.Bench.Seeder;

/// <summary>A row of <c>inventory_movements</c>.</summary>
public sealed record Movement(long Id, long ProductId, int Delta, string Reason, string? Note, DateTime CreatedAt);
