using System.Text.Json.Serialization;

namespace Hotline.Web.Api.Open311.Contract;

/// <summary>POST requests: the new request's id (the ticket number), a notice for the citizen, and their account_id back.</summary>
public sealed record ReceiptDto(
    [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
    [property: JsonPropertyName("service_notice")] string ServiceNotice,
    [property: JsonPropertyName("account_id")] string? AccountId);
