using System.Globalization;
using System.Security.Claims;
using Hotline.Services.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hotline.Web.Infrastructure;

/// <summary>Puts the display name and the liaison's unit into the cookie, so no page looks them up per request.</summary>
public sealed class HotlineClaimsPrincipalFactory(UserManager<HotlineUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<HotlineUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "hotline:display_name";
    public const string UnitClaim = "hotline:unit";
    public const string MustChangePasswordClaim = "hotline:must_change_password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(HotlineUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.UnitId is { } unit)
        {
            identity.AddClaim(new Claim(UnitClaim, unit.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        return identity;
    }
}
