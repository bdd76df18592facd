using System.Net;
using System.Text.Json;
using Hotline.Web.Tests.Infrastructure;
using static Hotline.Web.Tests.Open311.Open311Api;

namespace Hotline.Web.Tests.Open311;

/// <summary>Discovery, the service list and service definitions, in both formats, against GeoReport v2's field lists.</summary>
public sealed class DiscoveryAndServicesContractTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private static readonly string[] ServiceFields = ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"];
    private static readonly string[] AttributeFields = ["variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"];

    [Fact]
    public async Task Discovery_points_to_the_georeport_v2_endpoint_in_both_formats()
    {
        using var api = new Open311Api(app);

        var json = await JsonAsync(await api.Http.GetAsync("/open311/discovery.json"), HttpStatusCode.OK);
        var xml = await XmlAsync(await api.Http.GetAsync("/open311/discovery.xml"), HttpStatusCode.OK);

        Names(json).ShouldBe(["changeset", "contact", "key_service", "endpoints"]);
        var endpoint = json.GetProperty("endpoints")[0];
        Names(endpoint).ShouldBe(["specification", "url", "changeset", "type", "formats"]);
        endpoint.GetProperty("specification").GetString().ShouldBe("http://wiki.open311.org/GeoReport_v2");
        endpoint.GetProperty("url").GetString().ShouldBe($"{app.BaseAddress.ToString().TrimEnd('/')}/open311/v2");
        endpoint.GetProperty("type").GetString().ShouldBe("production");
        endpoint.GetProperty("formats").EnumerateArray().Select(f => f.GetString()).ShouldBe(["text/xml", "application/json"]);
        DateTimeOffset.Parse(json.GetProperty("changeset").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        xml.Root!.Name.LocalName.ShouldBe("discovery");
        Names(xml.Root).ShouldBe(["changeset", "contact", "key_service", "endpoints"]);
        var xmlEndpoint = xml.Root.Element("endpoints")!.Element("endpoint")!;
        xmlEndpoint.Element("specification")!.Value.ShouldBe("http://wiki.open311.org/GeoReport_v2");
        xmlEndpoint.Element("formats")!.Elements("format").Select(f => f.Value).ShouldBe(["text/xml", "application/json"]);
    }

    [Fact]
    public async Task The_service_list_has_every_active_leaf_category_by_its_stable_code_in_both_formats()
    {
        using var api = new Open311Api(app);

        var json = await JsonAsync(await api.Http.GetAsync($"{Base}/services.json"), HttpStatusCode.OK);
        var xml = await XmlAsync(await api.Http.GetAsync($"{Base}/services.xml"), HttpStatusCode.OK);

        json.ValueKind.ShouldBe(JsonValueKind.Array);
        json.GetArrayLength().ShouldBeGreaterThan(50);
        json.EnumerateArray().ShouldAllBe(s => Names(s).SequenceEqual(ServiceFields));
        var heating = json.EnumerateArray().Single(s => s.GetProperty("service_code").GetString() == HeatingService);
        heating.GetProperty("service_name").GetString().ShouldBe("供暖");
        heating.GetProperty("group").GetString().ShouldBe("公用事业");
        heating.GetProperty("metadata").GetBoolean().ShouldBeTrue();
        heating.GetProperty("type").GetString().ShouldBe("realtime");
        heating.GetProperty("keywords").GetString()!.ShouldContain("Heating");
        json.EnumerateArray().ShouldNotContain(s => s.GetProperty("service_code").GetString() == "utilities");

        xml.Root!.Name.LocalName.ShouldBe("services");
        xml.Root.Elements().ShouldAllBe(e => e.Name.LocalName == "service" && Names(e).SequenceEqual(ServiceFields));
        xml.Root.Elements().Count().ShouldBe(json.GetArrayLength());
        var xmlHeating = xml.Root.Elements().Single(e => e.Element("service_code")!.Value == HeatingService);
        xmlHeating.Element("service_name")!.Value.ShouldBe("供暖");
        xmlHeating.Element("metadata")!.Value.ShouldBe("true");
    }

    [Fact]
    public async Task Names_come_in_english_when_the_locale_or_accept_language_asks_for_it()
    {
        using var api = new Open311Api(app);
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Base}/services.json");
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var byParameter = await JsonAsync(await api.Http.GetAsync($"{Base}/services.json?locale=en"), HttpStatusCode.OK);
        var byHeader = await JsonAsync(await api.Http.SendAsync(request), HttpStatusCode.OK);

        foreach (var list in new[] { byParameter, byHeader })
        {
            var heating = list.EnumerateArray().Single(s => s.GetProperty("service_code").GetString() == HeatingService);
            heating.GetProperty("service_name").GetString().ShouldBe("Heating");
            heating.GetProperty("group").GetString().ShouldBe("Public utilities");
        }
    }

    [Fact]
    public async Task A_service_definition_lists_request_type_and_urgency_as_single_value_lists_in_both_formats()
    {
        using var api = new Open311Api(app);

        var json = await JsonAsync(await api.Http.GetAsync($"{Base}/services/{HeatingService}.json"), HttpStatusCode.OK);
        var xml = await XmlAsync(await api.Http.GetAsync($"{Base}/services/{HeatingService}.xml"), HttpStatusCode.OK);

        Names(json).ShouldBe(["service_code", "attributes"]);
        json.GetProperty("service_code").GetString().ShouldBe(HeatingService);
        var attributes = json.GetProperty("attributes").EnumerateArray().ToList();
        attributes.ShouldAllBe(a => Names(a).SequenceEqual(AttributeFields));
        attributes.Select(a => a.GetProperty("code").GetString()).ShouldBe(["request_type", "urgency"]);
        attributes.Select(a => a.GetProperty("order").GetInt32()).ShouldBe([1, 2]);
        attributes.ShouldAllBe(a => a.GetProperty("datatype").GetString() == "singlevaluelist" && a.GetProperty("variable").GetBoolean());
        var types = attributes[0].GetProperty("values").EnumerateArray().ToList();
        types.Select(v => v.GetProperty("key").GetString()).ShouldBe(["consultation", "help_request", "complaint", "report", "suggestion", "praise"]);
        types.Select(v => v.GetProperty("name").GetString()).ShouldBe(["咨询", "求助", "投诉", "举报", "建议", "表扬"]);
        types.ShouldAllBe(v => Names(v).SequenceEqual(new[] { "key", "name" }));

        xml.Root!.Name.LocalName.ShouldBe("service_definition");
        Names(xml.Root).ShouldBe(["service_code", "attributes"]);
        var xmlAttributes = xml.Root.Element("attributes")!.Elements("attribute").ToList();
        xmlAttributes.ShouldAllBe(a => Names(a).SequenceEqual(AttributeFields));
        xmlAttributes[0].Element("values")!.Elements("value").Select(v => v.Element("name")!.Value).ShouldBe(["咨询", "求助", "投诉", "举报", "建议", "表扬"]);
        xmlAttributes[0].Element("required")!.Value.ShouldBe("false");
    }

    [Fact]
    public async Task A_local_category_also_asks_for_the_district_or_township()
    {
        using var api = new Open311Api(app);

        var json = await JsonAsync(await api.Http.GetAsync($"{Base}/services/community-dispute.json"), HttpStatusCode.OK);

        var area = json.GetProperty("attributes").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "area");
        area.GetProperty("order").GetInt32().ShouldBe(3);
        area.GetProperty("values").EnumerateArray().ShouldContain(v => v.GetProperty("key").GetString() == "laishan-huanghai"
            && v.GetProperty("name").GetString() == "莱山区黄海路街道");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task An_unknown_service_code_is_a_404_with_the_specs_error_body(string format)
    {
        using var api = new Open311Api(app);

        var response = await api.Http.GetAsync($"{Base}/services/no-such-service.{format}");

        var (code, description) = await ErrorAsync(response, format, HttpStatusCode.NotFound);
        code.ShouldBe(404);
        description.ShouldContain("service_code");
    }

    [Theory]
    [InlineData("/open311/v2/services.yaml", "xml")]
    [InlineData("/open311/v2/tokens/1.json", "json")]
    [InlineData("/open311/v3/services.xml", "xml")]
    public async Task Anything_else_under_open311_is_a_404_in_the_apis_own_format(string path, string format)
    {
        using var api = new Open311Api(app);

        var (code, _) = await ErrorAsync(await api.Http.GetAsync(path), format, HttpStatusCode.NotFound);

        code.ShouldBe(404);
    }

    /// <summary>The spec's error body: [{code, description}] or &lt;errors&gt;&lt;error&gt;…, its first error.</summary>
    public static async Task<(int Code, string Description)> ErrorAsync(HttpResponseMessage response, string format, HttpStatusCode status)
    {
        if (format == "json")
        {
            var json = await JsonAsync(response, status);
            json.ValueKind.ShouldBe(JsonValueKind.Array);
            json.EnumerateArray().ShouldAllBe(e => Names(e).SequenceEqual(new[] { "code", "description" }));
            return (json[0].GetProperty("code").GetInt32(), json[0].GetProperty("description").GetString()!);
        }

        var xml = await XmlAsync(response, status);
        xml.Root!.Name.LocalName.ShouldBe("errors");
        var error = xml.Root.Elements("error").First();
        Names(error).ShouldBe(["code", "description"]);
        return (int.Parse(error.Element("code")!.Value, System.Globalization.CultureInfo.InvariantCulture), error.Element("description")!.Value);
    }
}
