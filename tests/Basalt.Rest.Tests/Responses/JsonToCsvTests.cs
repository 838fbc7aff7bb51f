using Basalt.Rest.Responses;

namespace Basalt.Rest.Tests.Responses;

public sealed class JsonToCsvTests
{
    [Theory]
    [InlineData("""[{"id":1,"name":"ann"},{"id":2,"name":"bob"}]""", "id,name\n1,ann\n2,bob")]
    [InlineData("""[{"a":"x,y","b":"say \"hi\""}]""", "a,b\n\"x,y\",\"say \"\"hi\"\"\"")]
    [InlineData("""[{"a":"line\nbreak","b":"cr\rhere"}]""", "a,b\n\"line\nbreak\",\"cr\rhere\"")]
    [InlineData("""[{"a":null,"b":""}]""", "a,b\n,\"\"")]
    [InlineData("""[{"a":" padded","b":"tail "}]""", "a,b\n\" padded\",\"tail \"")]
    [InlineData("""[{"flag":true,"off":false,"n":12.50,"big":-3e5}]""", "flag,off,n,big\ntrue,false,12.50,-3e5")]
    [InlineData("""[{"tags":["a","b"],"meta":{"k":1}}]""", "tags,meta\n\"[\"\"a\"\",\"\"b\"\"]\",\"{\"\"k\"\":1}\"")]
    [InlineData("""[{"tags":[]}]""", "tags\n[]")]
    [InlineData("""[{"naïve":"café ☕"}]""", "naïve\ncafé ☕")]
    [InlineData("""[{"a,b":1}]""", "\"a,b\"\n1")]
    public void Rows_become_lines_under_a_header_of_the_first_objects_keys(string json, string csv)
    {
        Assert.Equal(csv, JsonToCsv.Convert(json));
    }

    [Fact]
    public void An_empty_result_is_an_empty_header_and_a_newline_as_in_postgrest()
    {
        Assert.Equal("\n", JsonToCsv.Convert("[]"));
    }

    [Fact]
    public void A_key_missing_from_a_later_object_is_an_empty_field()
    {
        Assert.Equal("a,b\n1,2\n3,", JsonToCsv.Convert("""[{"a":1,"b":2},{"a":3}]"""));
    }
}
