using Hotline.Domain.Telephony;
using Hotline.Services.Telephony;

namespace Hotline.Web.Pages.Dashboards;

/// <summary>A day's telephone figures by hour, their total, and the queue now.</summary>
public sealed record PhoneDay(IReadOnlyList<PhoneHourRow> Hours, QueueNow Queue)
{
    public PhoneFigures Total { get; } = PhoneFigures.Sum(Hours.Select(h => h.Figures));

    public long MaxOffered => Math.Max(1, Hours.Count == 0 ? 0 : Hours.Max(h => h.Figures.Offered));
}
