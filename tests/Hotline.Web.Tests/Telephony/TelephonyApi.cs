using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hotline.Domain.Channels;
using Hotline.Services.Channels;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Open311;

namespace Hotline.Web.Tests.Telephony;

/// <summary>A telephone platform as it would talk to the hotline: JSON events over HTTP with its own key.</summary>
internal sealed class TelephonyApi(HotlineWebFactory app) : IDisposable
{
    public const string Path = "/api/telephony/events";

    private readonly HttpClient _http = new() { BaseAddress = app.BaseAddress };

    public string Key { get; private set; } = string.Empty;

    public int ClientId { get; private set; }

    public async Task<TelephonyApi> WithKeyAsync(string name = "话务平台")
    {
        var issued = await Open311Api.UseAsync<ApiClientService, Services.Common.ServiceResult<IssuedKey>>(app,
            s => s.CreateAsync(new ApiClientInput { Name = name, Scope = ApiScope.Telephony }, Open311Api.Administrator));
        Key = issued.Value.ShouldNotBeNull().Key;
        ClientId = issued.Value.ClientId;
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(string json, string? key = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Api-Key", key ?? Key);
        return _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(params object[] events) => PostAsync(JsonSerializer.Serialize(events));

    public static string Time(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => _http.Dispose();
}
