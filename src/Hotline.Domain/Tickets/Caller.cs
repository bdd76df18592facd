using Hotline.Domain.Calls;

namespace Hotline.Domain.Tickets;

/// <summary>The citizen behind a ticket: personal data, masked for units when the ticket is confidential.</summary>
public sealed record Caller(string Phone, string? Name, Channel Channel);
