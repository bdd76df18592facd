using Hotline.Domain.Telephony;

namespace Hotline.Services.Telephony;

/// <summary>The telephone figures of calls that arrived in one local hour.</summary>
public sealed record PhoneHourRow(DateOnly Day, int Hour, PhoneFigures Figures);
