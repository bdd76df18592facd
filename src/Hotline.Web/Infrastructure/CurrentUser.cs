using System.Globalization;
using System.Security.Claims;
using Hotline.Domain.Access;
using Hotline.Services.Common;

namespace Hotline.Web.Infrastructure;

/// <summary>The signed-in person as the service layer wants them: an <see cref="Actor"/> and a <see cref="Viewer"/>.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public Actor Actor
    {
        get
        {
            var roles = Enum.GetValues<Role>().Where(r => Principal.IsInRole(r.ToString())).ToHashSet();
            return new Actor(
                Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
                Principal.FindFirstValue(HotlineClaimsPrincipalFactory.DisplayNameClaim) ?? Principal.Identity?.Name ?? string.Empty,
                roles);
        }
    }

    public int? UnitId => int.TryParse(Principal.FindFirstValue(HotlineClaimsPrincipalFactory.UnitClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var unit)
        ? unit
        : null;

    public Viewer Viewer => new(Actor, UnitId);

    public bool IsIn(Role role) => Principal.IsInRole(role.ToString());
}
