using Basalt.Rest.Responses;

namespace Basalt.Rest.Tests.Responses;

public sealed class JsonDocumentsTests
{
    [Theory]
    [InlineData("""[{"a":1,"b":null}]""", """[{"a":1}]""")]
    [InlineData("""[{"a":{"b":null,"c":[null,{"d":null,"e":2}]}}]""", """[{"a":{"c":[null,{"e":2}]}}]""")]
    [InlineData("""[]""", """[]""")]
    [InlineData("""[{"s":"it's <ok> & \"quoted\" é"}]""", """[{"s":"it's <ok> & \"quoted\" é"}]""")]
    [InlineData("""[{"n":1.50e3}]""", """[{"n":1.50e3}]""")]
    public void Stripping_nulls_removes_null_members_at_every_depth_and_keeps_array_items(string json, string stripped)
    {
        Assert.Equal(stripped, JsonDocuments.StripNulls(json));
    }

    [Fact]
    public void The_single_element_of_an_array_is_its_exact_text()
    {
        Assert.Equal("""{"id":1, "tags":["x"]}""", JsonDocuments.SingleElement("""[{"id":1, "tags":["x"]}]"""));
    }
}
