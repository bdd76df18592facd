namespace Hotline.Services.FollowUp;

/// <summary>The agent holding a callback ("张三 正在回访"), since when and until when; <see cref="IsViewer"/> when it is the one asking.</summary>
public sealed record CallbackHolder(string DisplayName, DateTimeOffset Since, DateTimeOffset Until, bool IsViewer);
