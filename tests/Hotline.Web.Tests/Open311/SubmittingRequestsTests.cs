using System.Net;
using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hotline.Web.Tests.Open311.DiscoveryAndServicesContractTests;
using static Hotline.Web.Tests.Open311.Open311Api;

namespace Hotline.Web.Tests.Open311;

/// <summary>POST requests: a ticket through the agent's intake path, idempotent on the client's key; refusals as the spec's errors.</summary>
public sealed class SubmittingRequestsTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task A_request_becomes_a_ticket_waiting_for_dispatch_from_the_clients_channel_in_json()
    {
        using var api = await new Open311Api(app).WithKeyAsync(Channel.WeChat);

        var json = await JsonAsync(await api.PostAsync("json", HeatingForm(api.Key)), HttpStatusCode.OK);

        json.GetArrayLength().ShouldBe(1);
        Names(json[0]).ShouldBe(["service_request_id", "service_notice", "account_id"]);
        json[0].GetProperty("account_id").GetString().ShouldBe("wx-user-42");
        var number = json[0].GetProperty("service_request_id").GetString()!;
        TicketNumber.IsValid(number).ShouldBeTrue(number);
        json[0].GetProperty("service_notice").GetString()!.ShouldContain(number);

        var ticket = await app.QueryAsync(db => db.Tickets.AsNoTracking().Include(t => t.Events).SingleAsync(t => t.Number == number));
        ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
        ticket.Channel.ShouldBe(Channel.WeChat);
        ticket.RequestType.ShouldBe(RequestType.HelpRequest);
        ticket.Urgency.ShouldBe(Urgency.Urgent);
        ticket.CallerPhone.ShouldBe(Phone);
        ticket.CallerName.ShouldBe("张三");
        ticket.Content.ShouldBe(Content);
        ticket.Address.ShouldBe("莱山区观海路 12 号 3 号楼");
        ticket.Latitude.ShouldBe(37.4638);
        ticket.Longitude.ShouldBe(121.4479);
        ticket.MediaUrl.ShouldBe("https://photos.example.cn/requests/1.jpg");
        // The intake path's own work: the dispatch clock of an urgent request, the suggested unit, the timeline, the call row.
        ticket.DispatchDueAt.ShouldBe(app.Clock.GetUtcNow().AddMinutes(15));
        ticket.SuggestedUnitId.ShouldBe((await app.QueryAsync(db => db.Units.SingleAsync(u => u.Code == "heating"))).Id);
        var registered = ticket.Events.ShouldHaveSingleItem();
        registered.Action.ShouldBe(TicketAction.Register);
        registered.ActorUserId.ShouldBe($"api-client:{api.ClientId}");
        registered.ActorName.ShouldBe("市民微信小程序");
        var call = await app.QueryAsync(db => db.Calls.AsNoTracking().SingleAsync(c => c.TicketId == ticket.Id));
        call.Channel.ShouldBe(Channel.WeChat);
        call.Outcome.ShouldBe(CallOutcome.NewTicket);
    }

    [Fact]
    public async Task The_xml_answer_has_the_specs_elements()
    {
        using var api = await new Open311Api(app).WithKeyAsync(Channel.App, "城市服务 App");
        var form = HeatingForm(api.Key);
        form.Remove("account_id");

        var xml = await XmlAsync(await api.PostAsync("xml", form), HttpStatusCode.OK);

        xml.Root!.Name.LocalName.ShouldBe("service_requests");
        var request = xml.Root.Elements().ShouldHaveSingleItem();
        request.Name.LocalName.ShouldBe("request");
        Names(request).ShouldBe(["service_request_id", "service_notice"]);
        var number = request.Element("service_request_id")!.Value;
        (await app.QueryAsync(db => db.Tickets.Where(t => t.Number == number).Select(t => t.Channel).SingleAsync())).ShouldBe(Channel.App);
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_makes_one_ticket_even_at_the_same_moment()
    {
        using var api = await new Open311Api(app).WithKeyAsync();
        var before = await app.CountTicketsAndCallsAsync();
        var key = Guid.NewGuid().ToString();

        var first = await JsonAsync(await api.PostAsync("json", HeatingForm(api.Key), key), HttpStatusCode.OK);
        var retried = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => api.PostAsync("json", HeatingForm(api.Key), key)));

        var number = first[0].GetProperty("service_request_id").GetString();
        foreach (var response in retried)
        {
            response.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
            (await JsonAsync(response, HttpStatusCode.OK))[0].GetProperty("service_request_id").GetString().ShouldBe(number);
        }

        (await app.CountTicketsAndCallsAsync()).ShouldBe((before.Tickets + 1, before.Calls + 1));
    }

    [Fact]
    public async Task Another_client_with_the_same_idempotency_key_gets_its_own_ticket()
    {
        using var wechat = await new Open311Api(app).WithKeyAsync(Channel.WeChat);
        using var grid = await new Open311Api(app).WithKeyAsync(Channel.GridReport, "网格员终端");

        var first = await JsonAsync(await wechat.PostAsync("json", HeatingForm(wechat.Key), "same-key"), HttpStatusCode.OK);
        var second = await JsonAsync(await grid.PostAsync("json", HeatingForm(grid.Key), "same-key"), HttpStatusCode.OK);

        second[0].GetProperty("service_request_id").GetString().ShouldNotBe(first[0].GetProperty("service_request_id").GetString());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task A_revoked_key_is_refused_with_403_and_saves_nothing(string format)
    {
        using var api = await new Open311Api(app).WithKeyAsync();
        (await api.UseClientsAsync(s => s.RevokeAsync(api.ClientId, Administrator))).Errors.ShouldBeEmpty();
        var before = await app.CountTicketsAndCallsAsync();

        var (code, description) = await ErrorAsync(await api.PostAsync(format, HeatingForm(api.Key)), format, HttpStatusCode.Forbidden);

        code.ShouldBe(403);
        description.ShouldContain("api_key");
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hk_notakey")]
    [InlineData("hk_AAAAAAAA_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task A_missing_or_unknown_key_is_refused_with_403(string key)
    {
        using var api = new Open311Api(app);

        var (code, _) = await ErrorAsync(await api.PostAsync("json", HeatingForm(key)), "json", HttpStatusCode.Forbidden);

        code.ShouldBe(403);
    }

    [Fact]
    public async Task A_replaced_key_stops_working_and_the_new_one_works()
    {
        using var api = await new Open311Api(app).WithKeyAsync();
        var old = api.Key;
        var replaced = await api.UseClientsAsync(s => s.ReplaceKeyAsync(api.ClientId, Administrator));

        await ErrorAsync(await api.PostAsync("json", HeatingForm(old)), "json", HttpStatusCode.Forbidden);
        await JsonAsync(await api.PostAsync("json", HeatingForm(replaced.Value!.Key)), HttpStatusCode.OK);
    }

    public static TheoryData<string, string, string?, int, string> BadRequests => new()
    {
        { "json", "service_code", "no-such-service", 404, "service_code" },
        { "xml", "service_code", "no-such-service", 404, "service_code" },
        { "json", "service_code", null, 400, "service_code" },
        { "json", "location", null, 400, "address_string" },
        { "xml", "location", null, 400, "address_string" },
        { "json", "lat", "91", 400, "lat" },
        { "json", "long", null, 400, "lat" },
        { "json", "description", new string('长', 4001), 400, "description" },
        { "xml", "description", new string('长', 4001), 400, "description" },
        { "json", "description", null, 400, "description" },
        { "json", "phone", null, 400, "phone" },
        { "json", "phone", "12345", 400, "phone" },
        { "json", "media_url", "javascript:alert(1)", 400, "media_url" },
        { "json", "attribute[request_type]", "gossip", 400, "attribute[request_type]" },
        { "json", "attribute[area]", "atlantis", 400, "attribute[area]" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_gets_the_specs_error_body_and_saves_nothing(string format, string field, string? value, int status, string named)
    {
        using var api = await new Open311Api(app).WithKeyAsync();
        var form = HeatingForm(api.Key);
        if (field == "location")
        {
            form.Remove("lat");
            form.Remove("long");
            form.Remove("address_string");
        }
        else if (value is null)
        {
            form.Remove(field);
        }
        else
        {
            form[field] = value;
        }

        var before = await app.CountTicketsAndCallsAsync();

        var (code, description) = await ErrorAsync(await api.PostAsync(format, form), format, (HttpStatusCode)status);

        code.ShouldBe(status);
        description.ShouldContain(named);
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_position_alone_is_enough_location_and_the_request_type_defaults_to_help_request()
    {
        using var api = await new Open311Api(app).WithKeyAsync(Channel.GridReport, "网格员终端");

        var number = await api.SubmitAsync(form =>
        {
            form.Remove("address_string");
            form.Remove("attribute[request_type]");
            form.Remove("attribute[urgency]");
        });

        var ticket = await app.QueryAsync(db => db.Tickets.AsNoTracking().SingleAsync(t => t.Number == number));
        ticket.Address.ShouldBeEmpty();
        ticket.Latitude.ShouldBe(37.4638);
        ticket.RequestType.ShouldBe(RequestType.HelpRequest);
        ticket.Urgency.ShouldBe(Urgency.Normal);
        ticket.Channel.ShouldBe(Channel.GridReport);
    }

    [Fact]
    public async Task A_report_is_registered_confidential()
    {
        using var api = await new Open311Api(app).WithKeyAsync();

        var number = await api.SubmitAsync(form => form["attribute[request_type]"] = "report");

        (await app.QueryAsync(db => db.Tickets.Where(t => t.Number == number).Select(t => t.IsConfidential).SingleAsync())).ShouldBeTrue();
    }

    [Fact]
    public async Task A_local_request_goes_to_the_township_named_as_its_area()
    {
        using var api = await new Open311Api(app).WithKeyAsync();

        var number = await api.SubmitAsync(form =>
        {
            form["service_code"] = "community-dispute";
            form["attribute[area]"] = "laishan-huanghai";
        });

        var township = await app.QueryAsync(db => db.Units.Where(u => u.Code == "laishan-huanghai").Select(u => u.Id).SingleAsync());
        var ticket = await app.QueryAsync(db => db.Tickets.AsNoTracking().SingleAsync(t => t.Number == number));
        ticket.AreaUnitId.ShouldBe(township);
        ticket.SuggestedUnitId.ShouldBe(township);
    }

    [Fact]
    public async Task A_json_body_instead_of_a_form_is_a_400()
    {
        using var api = await new Open311Api(app).WithKeyAsync();

        var response = await api.Http.PostAsync($"{Base}/requests.json", new StringContent("{\"service_code\":\"utilities-heating\"}", System.Text.Encoding.UTF8, "application/json"));

        (await ErrorAsync(response, "json", HttpStatusCode.BadRequest)).Code.ShouldBe(400);
    }
}
