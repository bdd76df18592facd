namespace Hotline.Domain.Telephony;

/// <summary>What is wrong with one event: its place in the batch, the JSON field (empty for the whole event) and a message key.</summary>
public sealed record CallEventError(int Index, string Field, string Code);
