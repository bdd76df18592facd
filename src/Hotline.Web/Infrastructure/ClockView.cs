using Hotline.Domain.Deadlines;

namespace Hotline.Web.Infrastructure;

/// <summary>One deadline as shown anywhere: due time, and either the time left/overdue or when it was met.</summary>
public sealed record ClockView(DateTimeOffset? DueAt, DateTimeOffset? MetAt, WarningLevel Warning);
