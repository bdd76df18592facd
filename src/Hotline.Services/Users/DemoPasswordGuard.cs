using Hotline.Services.Data;
using Hotline.Services.Data.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Users;

/// <summary>
/// Finds active accounts that still sign in with the published demo password. Production refuses to start while there
/// are any. Only demo logins can hold it (the password rules refuse it everywhere else), and the demo seeder gives them
/// all one hash, so a handful of hash checks answer.
/// </summary>
public sealed class DemoPasswordGuard(HotlineDbContext db, IPasswordHasher<HotlineUser> hasher)
{
    public async Task<IReadOnlyList<string>> AccountsWithDemoPasswordAsync(CancellationToken ct = default)
    {
        var demoNames = DemoUsers.Staff.Select(s => s.UserName.ToUpperInvariant()).ToList();
        var prefix = DemoUsers.LiaisonUserName(string.Empty).ToUpperInvariant();
        var candidates = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.PasswordHash != null && (demoNames.Contains(u.NormalizedUserName!) || u.NormalizedUserName!.StartsWith(prefix)))
            .Select(u => new { u.UserName, u.PasswordHash })
            .ToListAsync(ct);
        var found = new List<string>();
        foreach (var group in candidates.GroupBy(c => c.PasswordHash!))
        {
            if (hasher.VerifyHashedPassword(new HotlineUser(), group.Key, DemoUsers.Password) != PasswordVerificationResult.Failed)
            {
                found.AddRange(group.Select(c => c.UserName!));
            }
        }

        return found.Order().ToList();
    }
}
