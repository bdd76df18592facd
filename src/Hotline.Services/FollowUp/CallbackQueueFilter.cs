namespace Hotline.Services.FollowUp;

/// <summary>The callback queue's filter: bound from the query string, so every field is optional.</summary>
public sealed class CallbackQueueFilter
{
    public const int DefaultPageSize = 30;

    /// <summary>Only callbacks past their deadline.</summary>
    public bool OverdueOnly { get; set; }

    public CallbackKind? Kind { get; set; }

    /// <summary>The lead unit whose result is to be checked.</summary>
    public int? UnitId { get; set; }

    /// <summary>A ticket number (or its start), or the caller's phone number.</summary>
    public string? Text { get; set; }

    public int Page { get; set; } = 1;

    public int PageSize { get; set; } = DefaultPageSize;
}
