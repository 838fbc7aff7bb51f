using Basalt.Spec.Policies;

namespace Basalt.Spec.Loading.Compiling;

/// <summary>Where a policy expression was written: its offsets' positions in the file, and its key path.</summary>
internal sealed record PolicySource(PolicyTextMap Map, string Path);
