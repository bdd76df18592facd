using Hotline.Domain.Access;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>Who acts in the stories, and the units by code.</summary>
internal sealed record StoryCast(Actor Agent, Actor Dispatcher, Actor Liaison, Actor Supervisor, int CategoryId, IReadOnlyDictionary<string, int> Units);
