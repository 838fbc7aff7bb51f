namespace Basalt.Query.Tests;

/// <summary>
/// Malformed parameters are 400 PGRST100 with PostgREST's wording: the message names the parameter text and the
/// 1-based column of the problem, the details say what was found and what was expected.
/// </summary>
public sealed class SyntaxErrorTests
{
    [Theory]
    [InlineData("id=val", "\"failed to parse filter (val)\" (line 1, column 1)", "unexpected \"v\" expecting \"not\" or operator (eq, gt, ...)")]
    [InlineData("a.b=noop.0", "\"failed to parse filter (noop.0)\" (line 1, column 1)", "unexpected \"n\" expecting \"not\" or operator (eq, gt, ...)")]
    [InlineData("id=not.val", "\"failed to parse filter (not.val)\" (line 1, column 5)", "unexpected \"v\" expecting operator (eq, gt, ...)")]
    [InlineData("id=", "\"failed to parse filter ()\" (line 1, column 1)", "unexpected end of input expecting \"not\" or operator (eq, gt, ...)")]
    [InlineData("id=eq", "\"failed to parse filter (eq)\" (line 1, column 3)", "unexpected end of input expecting delimiter (.)")]
    [InlineData("id=eq5", "\"failed to parse filter (eq5)\" (line 1, column 3)", "unexpected \"5\" expecting delimiter (.)")]
    [InlineData("id=fts().x", "\"failed to parse filter (fts().x)\" (line 1, column 5)", "unexpected \")\" expecting letter or digit")]
    [InlineData("id=eq().x", "\"failed to parse filter (eq().x)\" (line 1, column 4)", "unexpected \")\" expecting \"any\" or \"all\"")]
    [InlineData("id=eq(some).x", "\"failed to parse filter (eq(some).x)\" (line 1, column 4)", "unexpected \"s\" expecting \"any\" or \"all\"")]
    [InlineData("id=is().x", "\"failed to parse filter (is().x)\" (line 1, column 3)", "unexpected \"(\" expecting delimiter (.)")]
    [InlineData("id=is.nothing", "\"failed to parse filter (is.nothing)\" (line 1, column 4)", "unexpected \"n\" expecting isVal: (null, not_null, true, false, unknown)")]
    [InlineData("id=is.nullx", "\"failed to parse filter (is.nullx)\" (line 1, column 4)", "unexpected \"n\" expecting isVal: (null, not_null, true, false, unknown)")]
    [InlineData("id=is.null)", "\"failed to parse filter (is.null))\" (line 1, column 8)", "unexpected \")\" expecting end of input")]
    [InlineData("id=in.1,2", "\"failed to parse filter (in.1,2)\" (line 1, column 4)", "unexpected \"1\" expecting \"(\"")]
    [InlineData("id=in.(1,2", "\"failed to parse filter (in.(1,2)\" (line 1, column 8)", "unexpected end of input expecting \",\" or \")\"")]
    [InlineData("id=in.(1,2)x", "\"failed to parse filter (in.(1,2)x)\" (line 1, column 9)", "unexpected \"x\" expecting end of input")]
    [InlineData("id=eq(any).5", "\"failed to parse filter (eq(any).5)\" (line 1, column 9)", "unexpected \"5\" expecting \"{\"")]
    [InlineData("id=eq(any).{1,2", "\"failed to parse filter (eq(any).{1,2)\" (line 1, column 13)", "unexpected end of input expecting \",\" or \"}\"")]
    [InlineData("id=like(all).{a}b", "\"failed to parse filter (like(all).{a}b)\" (line 1, column 14)", "unexpected \"b\" expecting end of input")]
    public void Filter_values(string query, string message, string details) => AssertError(query, message, details);

    [Theory]
    [InlineData("=eq.1", "\"failed to parse tree path ()\" (line 1, column 1)", "unexpected end of input expecting field name (* or [a..z0..9_$])")]
    [InlineData("a..b=eq.1", "\"failed to parse tree path (a..b)\" (line 1, column 3)", "unexpected \".\" expecting field name (* or [a..z0..9_$])")]
    [InlineData("age::text=eq.1", "\"failed to parse tree path (age::text)\" (line 1, column 4)", "unexpected \":\" expecting \"->\", delimiter (.) or end of input")]
    [InlineData("data->=eq.1", "\"failed to parse tree path (data->)\" (line 1, column 7)", "unexpected end of input expecting any non reserved character different from: .,>()")]
    [InlineData("data->>-7x=eq.1", "\"failed to parse tree path (data->>-7x)\" (line 1, column 10)", "unexpected \"x\" expecting digit, \"->\", \"::\", \".\", \",\" or end of input")]
    [InlineData("data->>--3=eq.1", "\"failed to parse tree path (data->>--3)\" (line 1, column 9)", "unexpected \"-\" expecting digit")]
    [InlineData("%22abc=eq.1", "\"failed to parse tree path (\"abc)\" (line 1, column 5)", "unexpected end of input expecting \"\\\"\"")]
    public void Filter_keys(string query, string message, string details) => AssertError(query, message, details);

    [Theory]
    [InlineData("or=()", "\"failed to parse logic tree (())\" (line 1, column 4)",
        "unexpected \")\" expecting field name (* or [a..z0..9_$]), negation operator (not) or logic operator (and, or)")]
    [InlineData("or=(id.in.1,2,id.eq.3)", "\"failed to parse logic tree ((id.in.1,2,id.eq.3))\" (line 1, column 10)", "unexpected \"1\" expecting \"(\"")]
    [InlineData("or=)(", "\"failed to parse logic tree ()()\" (line 1, column 3)", "unexpected \")\" expecting \"(\"")]
    [InlineData("and=(ord(id.eq.1,id.eq.1),id.eq.2)", "\"failed to parse logic tree ((ord(id.eq.1,id.eq.1),id.eq.2))\" (line 1, column 8)",
        "unexpected \"(\" expecting delimiter (.)")]
    [InlineData("or=(id.eq.1,not.xor(id.eq.2,id.eq.3))", "\"failed to parse logic tree ((id.eq.1,not.xor(id.eq.2,id.eq.3)))\" (line 1, column 16)",
        "unexpected \"x\" expecting \"not\" or operator (eq, gt, ...)")]
    [InlineData("or=(a.eq.1", "\"failed to parse logic tree ((a.eq.1)\" (line 1, column 10)", "unexpected end of input expecting \",\" or \")\"")]
    [InlineData("or=(a.eq.1))", "\"failed to parse logic tree ((a.eq.1)))\" (line 1, column 11)", "unexpected \")\" expecting end of input")]
    [InlineData("not.or=(a.eq.1,b)", "\"failed to parse logic tree ((a.eq.1,b))\" (line 1, column 16)", "unexpected \")\" expecting delimiter (.)")]
    [InlineData("or=(a.eq(any).5)", "\"failed to parse logic tree ((a.eq(any).5))\" (line 1, column 14)", "unexpected \"5\" expecting \"{\"")]
    public void Logic_trees(string query, string message, string details) => AssertError(query, message, details);

    [Theory]
    [InlineData("name!hint", 10, "unexpected end of input expecting \"(\"")]
    [InlineData("*!hint", 2, "unexpected \"!\" expecting \",\", \")\" or end of input")]
    [InlineData("name::", 7, "unexpected end of input expecting letter or digit")]
    [InlineData("id,clients(name[])", 16, "unexpected \"[\" expecting \"->\", \"::\", \".\", \",\", \")\" or end of input")]
    [InlineData("data->>-78xy", 11, "unexpected \"x\" expecting digit, \"->\", \"::\", \".\", \",\" or end of input")]
    [InlineData("rel->jsonpath(*)", 14, "unexpected \"(\" expecting \",\", \")\" or end of input")]
    [InlineData("alias:...rel(*)", 7, "unexpected \".\" expecting field name (* or [a..z0..9_$])")]
    [InlineData("...rel", 7, "unexpected end of input expecting \"(\"")]
    [InlineData("a,rel(b", 8, "unexpected end of input expecting \",\" or \")\"")]
    [InlineData("a)", 2, "unexpected \")\" expecting \",\" or end of input")]
    [InlineData("amount.total()", 7, "unexpected \".\" expecting \"->\", \"::\", \",\", \")\" or end of input")]
    [InlineData("amount.sum", 11, "unexpected end of input expecting \"()\"")]
    [InlineData("a,", 3, "unexpected end of input expecting field name (* or [a..z0..9_$])")]
    public void Select(string select, int column, string details) =>
        AssertError("select=" + select, $"\"failed to parse select parameter ({select})\" (line 1, column {column})", details);

    [Theory]
    [InlineData("clients(name,id)", 13, "unexpected \",\" expecting \")\"")]
    [InlineData("id.ac", 4, "unexpected \"a\" expecting \"asc\", \"desc\", \"nullsfirst\" or \"nullslast\"")]
    [InlineData("id.descc", 4, "unexpected \"d\" expecting \"asc\", \"desc\", \"nullsfirst\" or \"nullslast\"")]
    [InlineData("id.nulsfist", 4, "unexpected \"n\" expecting \"asc\", \"desc\", \"nullsfirst\" or \"nullslast\"")]
    [InlineData("id.nullslasttt", 4, "unexpected \"n\" expecting \"asc\", \"desc\", \"nullsfirst\" or \"nullslast\"")]
    [InlineData("id.asc.nlsfst", 8, "unexpected \"n\" expecting \"nullsfirst\" or \"nullslast\"")]
    [InlineData("id.asc.smth34", 8, "unexpected \"s\" expecting \"nullsfirst\" or \"nullslast\"")]
    [InlineData("id.asc.nullslast.desc", 17, "unexpected \".\" expecting \",\" or end of input")]
    [InlineData("id!x", 3, "unexpected \"!\" expecting delimiter (.), \",\" or end of input")]
    [InlineData("", 1, "unexpected end of input expecting field name (* or [a..z0..9_$])")]
    [InlineData("a,", 3, "unexpected end of input expecting field name (* or [a..z0..9_$])")]
    public void Order(string order, int column, string details) =>
        AssertError("order=" + order, $"\"failed to parse order ({order})\" (line 1, column {column})", details);

    [Theory]
    [InlineData("columns=a,,b", "\"failed to parse columns parameter (a,,b)\" (line 1, column 3)", "unexpected \",\" expecting field name (* or [a..z0..9_$])")]
    [InlineData("columns=", "\"failed to parse columns parameter ()\" (line 1, column 1)", "unexpected end of input expecting field name (* or [a..z0..9_$])")]
    [InlineData("on_conflict=a(b)", "\"failed to parse on_conflict parameter (a(b))\" (line 1, column 2)", "unexpected \"(\" expecting \",\" or end of input")]
    [InlineData("limit=ten", "\"failed to parse limit parameter (ten)\" (line 1, column 1)", "unexpected \"t\" expecting digit")]
    [InlineData("limit=1.5", "\"failed to parse limit parameter (1.5)\" (line 1, column 2)", "unexpected \".\" expecting digit or end of input")]
    [InlineData("offset=-1", "\"failed to parse offset parameter (-1)\" (line 1, column 1)", "unexpected \"-\" expecting digit")]
    [InlineData("limit=99999999999999999999", "\"failed to parse limit parameter (99999999999999999999)\" (line 1, column 19)",
        "unexpected \"9\" expecting a number no larger than 9223372036854775807")]
    [InlineData("a..order=id", "\"failed to parse tree path (a..order)\" (line 1, column 3)", "unexpected \".\" expecting field name (* or [a..z0..9_$])")]
    public void Other_parameters(string query, string message, string details) => AssertError(query, message, details);

    private static void AssertError(string query, string message, string details) =>
        Assert.Equal(new(400, "PGRST100", message, details, null), Requests.Fail("/t?" + query));
}
