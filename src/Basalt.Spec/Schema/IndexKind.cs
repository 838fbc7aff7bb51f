namespace Basalt.Spec.Schema;

public enum IndexKind
{
    /// <summary>An ordinary ordered index.</summary>
    BTree,
    /// <summary>A full-text index: PostgreSQL GIN over <c>to_tsvector</c>; SQLite FTS5 (added with the REST issue's <c>fts</c> filters).</summary>
    FullText,
}
