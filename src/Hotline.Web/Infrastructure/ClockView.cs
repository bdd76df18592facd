using Hotline.Domain.Deadlines;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// One deadline as shown anywhere: due time, and either the time left/overdue or when it was met. A deadline that is
/// neither met nor <see cref="Running"/> (its ticket was merged, cancelled or closed) shows its due time only.
/// </summary>
public sealed record ClockView(DateTimeOffset? DueAt, DateTimeOffset? MetAt, WarningLevel Warning, bool Running = true);
