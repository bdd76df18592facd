namespace Hotline.Services.FollowUp;

/// <summary>The caller of a duplicate merged into the ticket: they hear the master ticket's result too.</summary>
public sealed record CallerContact(string TicketNumber, string Phone, string? Name);
