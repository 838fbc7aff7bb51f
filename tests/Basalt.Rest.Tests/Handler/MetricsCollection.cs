namespace Basalt.Rest.Tests.Handler;

/// <summary>Tests that listen to the process-wide meter run alone, so other tests' requests do not add to their counts.</summary>
[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;
