namespace Basalt.Query.Request;

/// <summary><c>Prefer: resolution=merge-duplicates|ignore-duplicates</c> (turns a POST into an upsert).</summary>
public enum PreferResolution
{
    MergeDuplicates,
    IgnoreDuplicates,
}
