namespace Hotline.Services.Tests.Infrastructure;

/// <summary>Row counts of what intake writes, and the ticket numbers handed out so far.</summary>
public sealed record StoredCounts(int Tickets, int Calls, int Events, int NumbersHandedOut);
