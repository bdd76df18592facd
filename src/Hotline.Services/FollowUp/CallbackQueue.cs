namespace Hotline.Services.FollowUp;

/// <summary>A page of the callback queue, and how many callbacks are overdue in all (whatever the filter shows).</summary>
public sealed record CallbackQueue(Common.PagedList<CallbackQueueItem> Items, int OverdueCount);
