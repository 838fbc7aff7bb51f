namespace Basalt.Bench.Baseline;

/// <summary>What one benchmark read returns: the JSON body the database built and how many objects it holds.</summary>
public sealed record ProductPage(string Body, long Rows);
