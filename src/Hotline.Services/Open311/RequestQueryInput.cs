namespace Hotline.Services.Open311;

/// <summary>GET requests' query as sent: service_request_id, service_code, start_date, end_date, status, page, page_size.</summary>
public sealed record RequestQueryInput(
    string? ServiceRequestIds = null,
    string? ServiceCodes = null,
    string? StartDate = null,
    string? EndDate = null,
    string? Statuses = null,
    string? Page = null,
    string? PageSize = null);
