using System.Globalization;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Dashboards;
using Microsoft.AspNetCore.WebUtilities;

namespace Hotline.Web.Pages.Dashboards;

/// <summary>
/// Where each dashboard number leads: the ticket list filtered to exactly the tickets behind it
/// (<c>/Tickets?Measure=…&amp;UnitId=…&amp;From=…&amp;To=…</c>, docs/measures.md), or the list's own filters by
/// category, phone or status.
/// </summary>
public static class DashboardLinks
{
    private const string Tickets = "/Tickets";

    public static string Measure(Measure measure, DashboardPeriod? period = null, int? unitId = null, TicketStatus? status = null) =>
        Build(
            ("Measure", measure.ToString()),
            ("UnitId", unitId?.ToString(CultureInfo.InvariantCulture)),
            ("Status", status?.ToString()),
            ("From", Date(period?.From)),
            ("To", Date(period?.To)));

    public static string Category(int categoryId, DashboardPeriod period) =>
        Build(("CategoryId", categoryId.ToString(CultureInfo.InvariantCulture)), ("From", Date(period.From)), ("To", Date(period.To)));

    public static string Phone(string phone, DashboardPeriod period) =>
        Build(("Phone", phone), ("From", Date(period.From)), ("To", Date(period.To)));

    public static string Status(TicketStatus status) => Build(("Status", status.ToString()));

    private static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Build(params (string Key, string? Value)[] query) =>
        QueryHelpers.AddQueryString(Tickets, query.Where(q => q.Value is not null).Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)));
}
