namespace Hotline.Services.Open311;

/// <summary>What POST requests answers: the ticket number, and whether this was a replay of an earlier submission.</summary>
public sealed record ServiceRequestReceipt(string Number, string? AccountId, bool WasRepeat);
