namespace Basalt.Query.Request;

/// <summary>
/// What the request does to the table. GET and HEAD are <see cref="Read"/> (HEAD sets
/// <see cref="ApiRequest.HeadOnly"/>); POST is <see cref="Insert"/> (an upsert when
/// <c>Prefer: resolution=…</c> says so); PUT is the single-row <see cref="Upsert"/>; OPTIONS is <see cref="Info"/>.
/// </summary>
public enum RequestKind
{
    Read,
    Insert,
    Update,
    Upsert,
    Delete,
    Info,
}
