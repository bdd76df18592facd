using System.Net;
using Hotline.Domain.Calls;
using Hotline.Domain.Telephony;
using Hotline.Testing;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Open311;
using Microsoft.EntityFrameworkCore;
using static Hotline.Web.Tests.Telephony.TelephonyApi;

namespace Hotline.Web.Tests.Telephony;

/// <summary>POST /api/telephony/events over HTTP: the key, the batch shapes, and refusals that list what is wrong and write nothing.</summary>
public sealed class EventsApiTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private static readonly DateTimeOffset Morning = TestDatabase.DefaultNow.AddMinutes(-30);

    [Fact]
    public async Task A_batch_from_the_platform_becomes_one_call_row_and_a_repeat_is_acknowledged_but_ignored()
    {
        using var api = await new TelephonyApi(app).WithKeyAsync();
        var body = $$"""
            {"events": [
              {"eventId": "w-1", "type": "offered", "callId": "web-call", "at": "{{Time(Morning)}}", "caller": "13812345678", "queue": "12345"},
              {"eventId": "w-2", "type": "answered", "callId": "web-call", "at": "{{Time(Morning.AddSeconds(8))}}", "agent": "agent"},
              {"eventId": "w-3", "type": "ended", "callId": "web-call", "at": "{{Time(Morning.AddSeconds(98))}}", "hungUpBy": "agent", "extra": "ignored"}
            ]}
            """;

        var response = await api.PostAsync(body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await JsonAsync(response);
        json.GetProperty("accepted").GetInt32().ShouldBe(3);

        var again = await JsonAsync(await api.PostAsync(body));
        again.GetProperty("accepted").GetInt32().ShouldBe(0);
        again.GetProperty("duplicates").GetInt32().ShouldBe(3);

        var call = await app.QueryAsync(db => db.PhoneCalls.AsNoTracking().SingleAsync(c => c.PlatformCallId == "web-call"));
        call.ClientId.ShouldBe(api.ClientId);
        call.State.ShouldBe(PhoneCallState.Answered);
        call.WaitMs.ShouldBe(8_000);
        call.HandleMs.ShouldBe(90_000);
        call.HungUpBy.ShouldBe(HungUpBy.Agent);
    }

    [Fact]
    public async Task A_single_event_object_is_a_batch_of_one()
    {
        using var api = await new TelephonyApi(app).WithKeyAsync();
        var response = await api.PostAsync($$"""{"eventId": "one", "type": "agentState", "agent": "agent", "state": "ready", "at": "{{Time(Morning)}}"}""");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(response)).GetProperty("accepted").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Without_a_valid_telephony_key_nothing_is_accepted()
    {
        using var open311 = await new Open311Api(app).WithKeyAsync(Channel.WeChat, "微信");
        using var api = new TelephonyApi(app);
        var body = $$"""{"eventId": "k", "type": "queued", "callId": "k", "at": "{{Time(Morning)}}"}""";

        foreach (var key in new[] { "", "hk_nonsense", open311.Key })
        {
            var response = await api.PostAsync(body, key);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("Telephony.Error.Key");
        }

        (await app.QueryAsync(db => db.TelephonyEvents.CountAsync(e => e.EventId == "k"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_bad_batch_gets_a_400_listing_each_wrong_field_in_the_requests_language_and_nothing_is_written()
    {
        using var api = await new TelephonyApi(app).WithKeyAsync();
        var body = $$$"""
            [
              {"eventId": "b-1", "type": "offered", "callId": "bad-call", "at": "{{{Time(Morning)}}}", "caller": "13812345678"},
              {"eventId": "b-2", "type": "answered", "callId": "bad-call", "at": "tomorrow", "agent": {"name": "agent"}},
              {"eventId": "b-3", "type": "ringing", "callId": "bad-call", "at": "{{{Time(Morning)}}}"}
            ]
            """;

        var response = await api.PostAsync(body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await JsonAsync(response)).GetProperty("errors").EnumerateArray().ToList();
        errors.Select(e => (e.GetProperty("event").GetInt32(), e.GetProperty("field").GetString())).ShouldContain((1, "agent"));
        errors.ShouldAllBe(e => e.GetProperty("message").GetString()!.Length > 0);
        (await app.QueryAsync(db => db.TelephonyEvents.CountAsync(e => e.CallId == "bad-call"))).ShouldBe(0);
        (await app.QueryAsync(db => db.PhoneCalls.CountAsync(c => c.PlatformCallId == "bad-call"))).ShouldBe(0);

        // Once the shape is right, the rules speak: the time and the type are named, in Chinese by default.
        var typed = body.Replace("""{"name": "agent"}""", "\"agent\"", StringComparison.Ordinal);
        var second = await JsonAsync(await api.PostAsync(typed));
        var named = second.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("event").GetInt32(), e.GetProperty("field").GetString())).ToList();
        named.ShouldBe([(1, "at"), (2, "type")], ignoreOrder: true);
        second.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("时");
    }

    [Theory]
    [InlineData("not json", "application/json", 400)]
    [InlineData("42", "application/json", 400)]
    [InlineData("[1, 2]", "application/json", 400)]
    [InlineData("{\"events\": {}}", "application/json", 400)]
    [InlineData("[]", "application/json", 400)]
    [InlineData("eventId=1", "application/x-www-form-urlencoded", 415)]
    public async Task Bodies_that_are_not_events_are_refused_without_a_server_error(string body, string type, int status)
    {
        using var api = await new TelephonyApi(app).WithKeyAsync();
        var response = await api.PostAsync(body, contentType: type);
        ((int)response.StatusCode).ShouldBe(status);
        (await JsonAsync(response)).GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);
    }
}
