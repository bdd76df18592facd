namespace Hotline.Services.Dashboards;

/// <summary>A caller with several tickets in the period. <see cref="Phone"/> is for the link only; pages show <see cref="MaskedPhone"/>.</summary>
public sealed record RepeatCaller(string Phone, string MaskedPhone, long Tickets, DateTimeOffset LastAt);
