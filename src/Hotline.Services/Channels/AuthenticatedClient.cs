using Hotline.Domain.Access;
using Hotline.Domain.Calls;

namespace Hotline.Services.Channels;

/// <summary>The client a valid, unrevoked key belongs to, as the API acts for it.</summary>
public sealed record AuthenticatedClient(int Id, string Name, Channel Channel, Actor Actor);
