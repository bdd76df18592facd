using Hotline.Services.Supervision;

namespace Hotline.Web.ViewComponents;

/// <summary>What the supervision banner shows: the ticket's supervision (null when it may not be seen) and whether to offer the supervisor's page.</summary>
public sealed record SupervisionBannerView(string Number, SupervisionBanner? Banner, bool IsSupervisor);
