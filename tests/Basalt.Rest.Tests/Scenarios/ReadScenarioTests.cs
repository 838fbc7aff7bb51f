using Basalt.Rest.Tests.Support;

namespace Basalt.Rest.Tests.Scenarios;

/// <summary>
/// GET, HEAD and OPTIONS through the whole pipeline (real planner, the engine's own renderer), each row on SQLite and on
/// PostgreSQL against the same seed, with expectations written from the seed (<see cref="LibraryData"/>).
/// </summary>
public sealed class ReadScenarioTests(LibraryFixture library) : IClassFixture<LibraryFixture>
{
    private const string Json = "application/json; charset=utf-8";

    private static readonly Dictionary<string, ScenarioCase> Cases = new()
    {
        ["columns"] = new("GET", "/authors?select=name&order=id", 200)
        {
            Json = """[{"name":"ann"},{"name":"bo"},{"name":"cy"}]""",
            Expect = [("Content-Range", "0-2/*"), ("Content-Type", Json), ("Content-Location", "/authors?order=id&select=name"), ("Preference-Applied", null)],
        },
        ["every column and type"] = new("GET", "/books?id=eq.1", 200)
        {
            Json = """[{"id":1,"author_id":1,"genre_id":3,"title":"Night","pages":200,"status":"published","tags":["dark","city"],"featured":true}]""",
        },
        ["rename and cast"] = new("GET", "/books?select=book:title,pages::text&id=eq.1", 200) { Json = """[{"book":"Night","pages":"200"}]""" },
        ["many-to-one embed"] = new("GET", "/books?select=title,author:authors(name)&id=eq.1", 200) { Json = """[{"title":"Night","author":{"name":"ann"}}]""" },
        ["three levels in one command"] = new("GET", "/authors?select=name,books(title,reviews(stars))&order=id&books.order=id&books.reviews.order=id", 200)
        {
            Json = """
                [{"name":"ann","books":[{"title":"Night","reviews":[{"stars":5},{"stars":3}]},{"title":"Day","reviews":[]}]},
                 {"name":"bo","books":[{"title":"Rain","reviews":[{"stars":4}]},{"title":"Snow, again","reviews":[{"stars":2}]}]},
                 {"name":"cy","books":[]}]
                """,
        },
        ["embed count"] = new("GET", "/books?select=id,reviews(count)&order=id", 200)
        {
            Json = """[{"id":1,"reviews":[{"count":2}]},{"id":2,"reviews":[{"count":0}]},{"id":3,"reviews":[{"count":1}]},{"id":4,"reviews":[{"count":1}]}]""",
        },
        ["inner embed filters parents"] = new("GET", "/books?select=title,reviews!inner(stars)&reviews.stars=gte.4&order=id", 200)
        {
            Json = """[{"title":"Night","reviews":[{"stars":5}]},{"title":"Rain","reviews":[{"stars":4}]}]""",
        },
        ["embed order and limit"] = new("GET", "/authors?select=name,books(title)&books.order=id.desc&books.limit=1&order=id", 200)
        {
            Json = """[{"name":"ann","books":[{"title":"Day"}]},{"name":"bo","books":[{"title":"Snow, again"}]},{"name":"cy","books":[]}]""",
        },
        ["spread"] = new("GET", "/books?select=title,...authors(author:name)&id=eq.3", 200) { Json = """[{"title":"Rain","author":"bo"}]""" },
        ["embed presence"] = new("GET", "/authors?select=name,books(id)&books=not.is.null&order=id", 200)
        {
            Json = """[{"name":"ann","books":[{"id":1},{"id":2}]},{"name":"bo","books":[{"id":3},{"id":4}]}]""",
        },
        ["or"] = new("GET", "/books?select=id&or=(pages.lt.150,featured.is.true)&order=id", 200) { Json = """[{"id":1},{"id":3},{"id":4}]""" },
        ["array contains"] = new("GET", "/books?select=id&tags=cs.{city}&order=id", 200) { Json = """[{"id":1},{"id":3}]""" },
        ["in"] = new("GET", "/authors?select=name&id=in.(1,3)&order=id", 200) { Json = """[{"name":"ann"},{"name":"cy"}]""" },
        ["is null"] = new("GET", "/books?select=id&pages=is.null", 200) { Json = """[{"id":2}]""" },
        ["like with a comma inside"] = new("GET", "/books?select=title&title=like.*ai*&order=id", 200) { Json = """[{"title":"Rain"},{"title":"Snow, again"}]""" },
        ["not"] = new("GET", "/books?select=id&status=not.eq.published", 200) { Json = """[{"id":2}]""" },
        ["order nulls last"] = new("GET", "/books?select=id&order=pages.desc.nullslast", 200) { Json = """[{"id":4},{"id":1},{"id":3},{"id":2}]""" },
        ["dates"] = new("GET", "/authors?select=name,born&born=gt.1980-01-01", 200) { Json = """[{"name":"cy","born":"1990-12-31"}]""" },
        ["counted page"] = new("GET", "/books?select=id&order=id&limit=2", 206)
        {
            Headers = ["Prefer: count=exact"],
            Json = """[{"id":1},{"id":2}]""",
            Expect = [("Content-Range", "0-1/4"), ("Preference-Applied", "count=exact")],
        },
        ["range header"] = new("GET", "/books?select=id&order=id", 200)
        {
            Headers = ["Range: 2-3"],
            Json = """[{"id":3},{"id":4}]""",
            Expect = [("Content-Range", "2-3/*")],
        },
        ["counted range"] = new("GET", "/books?select=id&order=id", 206) { Headers = ["Range: 2-3", "Prefer: count=exact"], Expect = [("Content-Range", "2-3/4")], Json = """[{"id":3},{"id":4}]""" },
        ["whole counted"] = new("GET", "/authors?select=id", 200) { Headers = ["Prefer: count=exact"], Expect = [("Content-Range", "0-2/3")], Json = """[{"id":1},{"id":2},{"id":3}]""" },
        ["nothing counted"] = new("GET", "/authors?select=id&name=eq.nobody", 200) { Headers = ["Prefer: count=exact"], Expect = [("Content-Range", "*/0")], Json = "[]" },
        ["offset beyond the total"] = new("GET", "/books?offset=10", 416)
        {
            Headers = ["Prefer: count=exact"],
            Json = """{"code":"PGRST103","details":"An offset of 10 was requested, but there are only 4 rows.","hint":null,"message":"Requested range not satisfiable"}""",
            Expect = [("Content-Range", "*/4")],
        },
        ["one object"] = new("GET", "/books?select=title&id=eq.3", 200)
        {
            Headers = ["Accept: application/vnd.pgrst.object+json"],
            Json = """{"title":"Rain"}""",
            Expect = [("Content-Type", "application/vnd.pgrst.object+json; charset=utf-8")],
        },
        ["one object of many"] = new("GET", "/books?select=title", 406)
        {
            Headers = ["Accept: application/vnd.pgrst.object+json"],
            Json = """{"code":"PGRST116","details":"The result contains 4 rows","hint":null,"message":"Cannot coerce the result to a single JSON object"}""",
        },
        ["csv"] = new("GET", "/books?select=id,title,tags&order=id", 200)
        {
            Headers = ["Accept: text/csv"],
            Text = "id,title,tags\n1,Night,\"[\"\"dark\"\",\"\"city\"\"]\"\n2,Day,[]\n3,Rain,\"[\"\"city\"\"]\"\n4,\"Snow, again\",\"[\"\"cold\"\"]\"",
            Expect = [("Content-Type", "text/csv; charset=utf-8")],
        },
        ["stripped nulls"] = new("GET", "/authors?select=name,born&id=eq.2", 200)
        {
            Headers = ["Accept: application/vnd.pgrst.array+json;nulls=stripped"],
            Json = """[{"name":"bo"}]""",
        },
        ["head"] = new("HEAD", "/books?select=id", 200) { Headers = ["Prefer: count=exact"], Expect = [("Content-Range", "0-3/4"), ("Content-Type", Json)] },
        ["options"] = new("OPTIONS", "/books", 200) { Expect = [("Allow", "OPTIONS,GET,HEAD,POST,PUT,PATCH,DELETE")] },
        ["profile named"] = new("GET", "/authors?select=id&id=eq.1", 200) { Headers = ["Accept-Profile: public"], Json = """[{"id":1}]""", Expect = [("Content-Profile", "public")] },
        ["profile unknown"] = new("GET", "/authors", 406) { Headers = ["Accept-Profile: private"], Error = "PGRST106: Invalid schema: private" },
        ["unknown table"] = new("GET", "/bookz", 404)
        {
            Json = """{"code":"PGRST205","details":null,"hint":"Perhaps you meant the table 'public.books'","message":"Could not find the table 'public.bookz' in the schema cache"}""",
        },
        ["unknown column"] = new("GET", "/books?select=nope", 400) { Error = "42703: column books.nope does not exist" },
        ["unknown relationship"] = new("GET", "/books?select=title,authorz(name)", 400) { Error = "PGRST200: Could not find a relationship between 'books' and 'authorz' in the schema cache" },
        ["value of the wrong type"] = new("GET", "/books?pages=eq.abc", 400) { Error = "22P02: invalid input syntax for type integer: \"abc\"" },
        ["syntax error"] = new("GET", "/books?select=title,", 400) { Error = "PGRST100: \"failed to parse select parameter (title,)\" (line 1, column 7)" },
        ["unsupported method"] = new("TRACE", "/books", 405) { Error = "PGRST117: Unsupported HTTP method: TRACE" },
    };

    public static TheoryData<Engine, string> Rows()
    {
        var data = new TheoryData<Engine, string>();
        foreach (var name in Cases.Keys)
        {
            data.Add(Engine.Sqlite, name);
            data.Add(Engine.Postgres, name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Scenario(Engine engine, string name) => Cases[name].RunAsync(library[engine]);
}
