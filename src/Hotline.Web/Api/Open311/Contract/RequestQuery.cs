using Microsoft.AspNetCore.Mvc;

namespace Hotline.Web.Api.Open311.Contract;

/// <summary>
/// GET requests' query parameters as GeoReport v2 names them, declared so the API's document lists them; each is read
/// as the text sent (the service says what is wrong with it in the API's own error body).
/// </summary>
public sealed record RequestQuery(
    [FromQuery(Name = "service_request_id")] string? ServiceRequestIds,
    [FromQuery(Name = "service_code")] string? ServiceCodes,
    [FromQuery(Name = "start_date")] string? StartDate,
    [FromQuery(Name = "end_date")] string? EndDate,
    [FromQuery(Name = "status")] string? Statuses,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "page_size")] string? PageSize);
