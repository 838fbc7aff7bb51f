using Basalt.Spec.Loading;
using Basalt.Spec.Schema;

namespace Basalt.Rest.Tests.Support;

/// <summary>
/// The library schema (<c>Specs/library.yaml</c>) and its seed, written through the handler as a client would (so the
/// seed also proves inserts). Ids follow insertion order: authors 1 ann, 2 bo, 3 cy (no books); genres 1 fiction,
/// 2 crime (in fiction), 3 noir (in crime); books 1–4; reviews 1–4.
/// </summary>
internal static class LibraryData
{
    public static DatabaseSchema Schema { get; } = Load();

    public static IReadOnlyList<(string Table, string Body)> Seed { get; } =
    [
        ("authors", """[{"name":"ann","born":"1970-01-02"},{"name":"bo","born":null},{"name":"cy","born":"1990-12-31"}]"""),
        ("genres", """[{"name":"fiction","parent_id":null}]"""),
        ("genres", """[{"name":"crime","parent_id":1}]"""),
        ("genres", """[{"name":"noir","parent_id":2}]"""),
        ("books", """
            [{"author_id":1,"genre_id":3,"title":"Night","pages":200,"status":"published","tags":["dark","city"],"featured":true},
             {"author_id":1,"genre_id":1,"title":"Day","pages":null,"status":"draft","tags":[],"featured":false},
             {"author_id":2,"genre_id":2,"title":"Rain","pages":120,"status":"published","tags":["city"],"featured":false},
             {"author_id":2,"genre_id":null,"title":"Snow, again","pages":310,"status":"published","tags":["cold"],"featured":true}]
            """),
        ("reviews", """
            [{"book_id":1,"stars":5,"body":"great"},{"book_id":1,"stars":3,"body":null},
             {"book_id":3,"stars":4,"body":"wet"},{"book_id":4,"stars":2,"body":"long"}]
            """),
    ];

    private static DatabaseSchema Load()
    {
        var loaded = SpecLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "Specs", "library.yaml"));
        return loaded.Succeeded ? loaded.Spec!.Schema : throw new InvalidOperationException(string.Join("\n", loaded.Errors));
    }
}
