using Hotline.Domain.Deadlines;
using Hotline.Services.Common;

namespace Hotline.Services.Deadlines;

/// <summary>
/// The working calendar kept between requests for what only shows time (the ticket page's time held in working hours):
/// calendar days and office hours change only on the administrator's calendar page, which drops it after each save.
/// Deadlines are never computed from it: <see cref="DeadlineService"/> reads the calendar afresh for every clock it starts.
/// </summary>
public sealed class WorkingCalendarCache(TimeProvider time) : KeptValue<WorkingCalendar>(time, TimeSpan.FromMinutes(5));
