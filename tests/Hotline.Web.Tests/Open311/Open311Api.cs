using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Services.Channels;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Open311;

/// <summary>
/// An Open311 client as a third party would write one: plain HTTP against the running app, form-encoded POSTs, answers
/// read as JSON or XML. Each instance issues its own API key (its own rate-limit window).
/// </summary>
internal sealed class Open311Api(HotlineWebFactory app) : IDisposable
{
    public const string Base = "/open311/v2";
    public const string HeatingService = "utilities-heating";
    public const string Phone = "13905350123";
    public const string Content = "小区3号楼暖气片不热，室温只有十二度，已经三天了。";

    private readonly HttpClient _http = new() { BaseAddress = app.BaseAddress };

    public HttpClient Http => _http;

    public string Key { get; private set; } = string.Empty;

    public int ClientId { get; private set; }

    /// <summary>Issues a key for a new client of <paramref name="channel"/>, as an administrator would.</summary>
    public async Task<Open311Api> WithKeyAsync(Channel channel = Channel.WeChat, string name = "市民微信小程序")
    {
        var issued = await UseClientsAsync(s => s.CreateAsync(new ApiClientInput { Name = name, Channel = channel }, Administrator));
        Key = issued.Value.ShouldNotBeNull().Key;
        ClientId = issued.Value.ClientId;
        return this;
    }

    public Task<T> UseClientsAsync<T>(Func<ApiClientService, Task<T>> act) => UseAsync<ApiClientService, T>(app, act);

    public static async Task<T> UseAsync<TService, T>(HotlineWebFactory app, Func<TService, Task<T>> act)
        where TService : notnull
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static readonly Actor Administrator = new("test-admin", "管理员", new HashSet<Role> { Role.Admin });

    public static Dictionary<string, string> HeatingForm(string? key = null) => new()
    {
        ["api_key"] = key ?? string.Empty,
        ["service_code"] = HeatingService,
        ["lat"] = "37.4638",
        ["long"] = "121.4479",
        ["address_string"] = "莱山区观海路 12 号 3 号楼",
        ["attribute[request_type]"] = "help_request",
        ["attribute[urgency]"] = "urgent",
        ["description"] = Content,
        ["first_name"] = "三",
        ["last_name"] = "张",
        ["phone"] = Phone,
        ["email"] = "zhang@example.cn",
        ["device_id"] = "device-1",
        ["account_id"] = "wx-user-42",
        ["media_url"] = "https://photos.example.cn/requests/1.jpg",
    };

    public Task<HttpResponseMessage> PostAsync(string format, IDictionary<string, string> form, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/requests.{format}") { Content = new FormUrlEncodedContent(form) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return _http.SendAsync(request);
    }

    /// <summary>Submits the heating request with this client's key and returns the new service_request_id.</summary>
    public async Task<string> SubmitAsync(Action<Dictionary<string, string>>? change = null)
    {
        var form = HeatingForm(Key);
        change?.Invoke(form);
        var response = await PostAsync("json", form);
        var json = await JsonAsync(response, HttpStatusCode.OK);
        return json[0].GetProperty("service_request_id").GetString().ShouldNotBeNull();
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<XDocument> XmlAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/xml");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        text.ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        return XDocument.Parse(text);
    }

    public static string[] Names(JsonElement obj) => obj.EnumerateObject().Select(p => p.Name).ToArray();

    public static string[] Names(XElement element) => element.Elements().Select(e => e.Name.LocalName).ToArray();

    public void Dispose() => _http.Dispose();
}
