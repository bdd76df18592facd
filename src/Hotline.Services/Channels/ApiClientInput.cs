using Hotline.Domain.Calls;
using Hotline.Domain.Channels;

namespace Hotline.Services.Channels;

/// <summary>The administrator's form for a new API client.</summary>
public sealed class ApiClientInput
{
    public string? Name { get; set; }
    public Channel? Channel { get; set; }
    public ApiScope Scope { get; set; } = ApiScope.Open311;
}
