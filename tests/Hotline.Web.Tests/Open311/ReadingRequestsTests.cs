using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Hotline.Testing;
using Hotline.Web.Api.Open311;
using Hotline.Web.Tests.Infrastructure;
using static Hotline.Web.Tests.Open311.DiscoveryAndServicesContractTests;
using static Hotline.Web.Tests.Open311.Open311Api;

namespace Hotline.Web.Tests.Open311;

/// <summary>GET requests and requests/{id}: the spec's fields, the ticket's life as the public sees it, nothing private.</summary>
public sealed class ReadingRequestsTests : IClassFixture<HotlineWebFactory>
{
    private static readonly XNamespace Hotline = Open311Document.HotlineNamespace;
    private readonly HotlineWebFactory _app;

    public ReadingRequestsTests(HotlineWebFactory app)
    {
        _app = app;
        // The tests share one app: whatever another test did to its clock, each starts at Monday 10:00.
        app.Clock.AdjustTime(TestDatabase.DefaultNow);
    }

    private static readonly string[] OpenFields =
    [
        "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible",
        "requested_datetime", "updated_datetime", "expected_datetime", "address", "lat", "long", "media_url", "hotline:state",
    ];

    [Fact]
    public async Task A_submitted_request_is_followed_through_dispatch_resolution_and_callback_to_closed_with_the_reply()
    {
        using var api = await new Open311Api(_app).WithKeyAsync();
        var number = await api.SubmitAsync();

        var waiting = (await JsonAsync(await api.Http.GetAsync($"{Base}/requests/{number}.json"), HttpStatusCode.OK))[0];
        Names(waiting).ShouldBe(OpenFields.Where(f => f is not ("agency_responsible" or "expected_datetime")).ToArray());
        waiting.GetProperty("status").GetString().ShouldBe("open");
        waiting.GetProperty("hotline:state").GetString().ShouldBe("PendingDispatch");
        waiting.GetProperty("status_notes").GetString().ShouldBe("已受理，等待派单");
        waiting.GetProperty("service_name").GetString().ShouldBe("供暖");
        waiting.GetProperty("description").GetString().ShouldBe(Content);
        waiting.GetProperty("lat").GetDouble().ShouldBe(37.4638);
        waiting.GetProperty("long").GetDouble().ShouldBe(121.4479);
        waiting.GetProperty("requested_datetime").GetString().ShouldBe("2026-11-23T10:00:00+08:00");

        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        await _app.DispatchAsync(number);
        var dispatched = (await JsonAsync(await api.Http.GetAsync($"{Base}/requests/{number}.json"), HttpStatusCode.OK))[0];
        Names(dispatched).ShouldBe(OpenFields);
        dispatched.GetProperty("agency_responsible").GetString().ShouldBe("市热力有限公司");
        dispatched.GetProperty("hotline:state").GetString().ShouldBe("Dispatched");
        dispatched.GetProperty("updated_datetime").GetString().ShouldBe("2026-11-23T10:05:00+08:00");
        // Urgent (the form says so): three working days to resolve, the end of Thursday.
        dispatched.GetProperty("expected_datetime").GetString().ShouldBe("2026-11-27T00:00:00+08:00");

        _app.Clock.Advance(TimeSpan.FromHours(1));
        await _app.ResolveAsync(number);
        var resolved = (await JsonAsync(await api.Http.GetAsync($"{Base}/requests/{number}.json"), HttpStatusCode.OK))[0];
        resolved.GetProperty("status").GetString().ShouldBe("open");
        resolved.GetProperty("status_notes").GetString().ShouldBe("承办单位已办结，等待回访");

        _app.Clock.Advance(TimeSpan.FromHours(2));
        await _app.CallBackSatisfiedAsync(number);
        var closed = (await JsonAsync(await api.Http.GetAsync($"{Base}/requests/{number}.json"), HttpStatusCode.OK))[0];
        var xml = await XmlAsync(await api.Http.GetAsync($"{Base}/requests/{number}.xml?locale=en"), HttpStatusCode.OK);

        closed.GetProperty("status").GetString().ShouldBe("closed");
        closed.GetProperty("hotline:state").GetString().ShouldBe("Closed");
        closed.GetProperty("status_notes").GetString().ShouldBe(Open311Steps.Result);
        closed.GetProperty("updated_datetime").GetString().ShouldBe("2026-11-23T13:05:00+08:00");
        closed.TryGetProperty("expected_datetime", out _).ShouldBeFalse();
        var request = xml.Root!.Element("request")!;
        request.Element("status")!.Value.ShouldBe("closed");
        request.Element("status_notes")!.Value.ShouldBe(Open311Steps.Result);
        request.Element("service_name")!.Value.ShouldBe("Heating");
        request.Element(Hotline + "state")!.Value.ShouldBe("Closed");
    }

    [Fact]
    public async Task The_xml_of_a_request_has_the_specs_elements_and_the_hotline_state_in_its_own_namespace()
    {
        using var api = await new Open311Api(_app).WithKeyAsync();
        var number = await api.SubmitAsync();
        await _app.DispatchAsync(number);

        var xml = await XmlAsync(await api.Http.GetAsync($"{Base}/requests/{number}.xml"), HttpStatusCode.OK);

        xml.Root!.Name.LocalName.ShouldBe("service_requests");
        xml.Root.GetNamespaceOfPrefix("hotline")!.NamespaceName.ShouldBe(Open311Document.HotlineNamespace);
        var request = xml.Root.Elements().ShouldHaveSingleItem();
        request.Name.LocalName.ShouldBe("request");
        request.Elements().Select(e => e.Name.Namespace == Hotline ? $"hotline:{e.Name.LocalName}" : e.Name.LocalName).ShouldBe(OpenFields);
        request.Element("service_request_id")!.Value.ShouldBe(number);
        request.Element("media_url")!.Value.ShouldBe("https://photos.example.cn/requests/1.jpg");
    }

    [Fact]
    public async Task A_confidential_request_reveals_only_its_number_status_and_dates()
    {
        using var api = await new Open311Api(_app).WithKeyAsync();
        var number = await api.SubmitAsync(form => form["attribute[request_type]"] = "report");
        await _app.DispatchAsync(number);

        var json = (await JsonAsync(await api.Http.GetAsync($"{Base}/requests/{number}.json"), HttpStatusCode.OK))[0];
        var xml = await XmlAsync(await api.Http.GetAsync($"{Base}/requests.xml?service_request_id={number}"), HttpStatusCode.OK);

        Names(json).ShouldBe(["service_request_id", "status", "requested_datetime", "updated_datetime", "expected_datetime", "hotline:state"]);
        var text = xml.ToString();
        text.ShouldNotContain(Content);
        text.ShouldNotContain(Phone);
        text.ShouldNotContain("莱山区观海路");
        text.ShouldNotContain("供暖");
        xml.Root!.Element("request")!.Elements().Select(e => e.Name.LocalName)
            .ShouldBe(["service_request_id", "status", "requested_datetime", "updated_datetime", "expected_datetime", "state"]);
    }

    [Fact]
    public async Task No_request_shows_the_callers_phone_name_or_email()
    {
        using var api = await new Open311Api(_app).WithKeyAsync();
        await api.SubmitAsync();

        var text = await (await api.Http.GetAsync($"{Base}/requests.json")).Content.ReadAsStringAsync();

        text.ShouldContain(Content);
        text.ShouldNotContain(Phone);
        text.ShouldNotContain("张三");
        text.ShouldNotContain("zhang@example.cn");
        text.ShouldNotContain("13805350001");
    }

    [Fact]
    public async Task The_list_filters_by_ids_service_status_and_dates_newest_first()
    {
        using var api = await new Open311Api(_app).WithKeyAsync();
        var heating = await api.SubmitAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var water = await api.SubmitAsync(form => form["service_code"] = "utilities-water-outage");

        var both = await ListAsync(api, $"service_request_id={heating},{water}");
        var byService = await ListAsync(api, "service_code=utilities-water-outage&start_date=2026-11-23T00:00:00%2B08:00");
        var open = await ListAsync(api, "status=open&page_size=5");
        var closedInWindow = await ListAsync(api, "status=closed&start_date=2026-11-23T09:59:00%2B08:00&end_date=2026-11-23T23:00:00%2B08:00");

        both.ShouldBe([water, heating], ignoreOrder: true);
        byService.ShouldContain(water);
        byService.ShouldNotContain(heating);
        open.Count.ShouldBe(5);
        open[0].ShouldBe(water);
        closedInWindow.ShouldNotContain(water);
    }

    [Fact]
    public async Task The_default_window_is_the_last_90_days_and_pages_are_bounded()
    {
        using var api = await new Open311Api(_app).WithKeyAsync();

        var all = await JsonAsync(await api.Http.GetAsync($"{Base}/requests.json"), HttpStatusCode.OK);
        var page2 = await JsonAsync(await api.Http.GetAsync($"{Base}/requests.json?page=2&page_size=10"), HttpStatusCode.OK);
        var page1 = await JsonAsync(await api.Http.GetAsync($"{Base}/requests.json?page=1&page_size=10"), HttpStatusCode.OK);

        all.GetArrayLength().ShouldBeGreaterThan(20);
        all.GetArrayLength().ShouldBeLessThanOrEqualTo(1000);
        all.EnumerateArray().ShouldAllBe(r => DateTimeOffset.Parse(r.GetProperty("requested_datetime").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            >= _app.Clock.GetUtcNow().AddDays(-90));
        page2.GetArrayLength().ShouldBe(10);
        page2[0].GetProperty("service_request_id").GetString().ShouldBe(all[10].GetProperty("service_request_id").GetString());
        page1[9].GetProperty("service_request_id").GetString().ShouldBe(all[9].GetProperty("service_request_id").GetString());
    }

    [Theory]
    [InlineData("start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", "end_date")]
    [InlineData("start_date=yesterday", "start_date")]
    [InlineData("status=pending", "status")]
    [InlineData("page_size=5000", "page_size")]
    [InlineData("page=0", "page")]
    public async Task A_bad_query_is_a_400_with_the_specs_error_body(string query, string named)
    {
        using var api = new Open311Api(_app);

        var (code, description) = await ErrorAsync(await api.Http.GetAsync($"{Base}/requests.xml?{query}"), "xml", HttpStatusCode.BadRequest);

        code.ShouldBe(400);
        description.ShouldContain(named);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task An_unknown_request_is_a_404(string format)
    {
        using var api = new Open311Api(_app);

        (await ErrorAsync(await api.Http.GetAsync($"{Base}/requests/20261123-99999.{format}"), format, HttpStatusCode.NotFound)).Code.ShouldBe(404);
        (await ErrorAsync(await api.Http.GetAsync($"{Base}/requests/nonsense.{format}"), format, HttpStatusCode.NotFound)).Code.ShouldBe(404);
    }

    private static async Task<List<string>> ListAsync(Open311Api api, string query)
    {
        var json = await JsonAsync(await api.Http.GetAsync($"{Base}/requests.json?{query}"), HttpStatusCode.OK);
        return json.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()!).ToList();
    }
}
