using Hotline.Domain.Tickets;

namespace Hotline.Services.Data.Seed;

/// <summary>
/// A template for generating demo tickets. <paramref name="Content"/> may contain the placeholder
/// <c>{address}</c>, to be replaced with a generated address.
/// </summary>
public sealed record DemoTicketTemplate(string CategoryCode, RequestType Type, Urgency Urgency, string Content);
