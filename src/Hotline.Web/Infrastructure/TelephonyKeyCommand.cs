using Hotline.Domain.Access;
using Hotline.Domain.Channels;
using Hotline.Services.Channels;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// <c>telephony-key NAME</c>: prints a key for the telephone platform client NAME, creating the client (scope Telephony)
/// or replacing the key of the one already there, so a script can start the call-day simulator against a fresh or an
/// old database (<c>./build.sh run --simulate</c>). The old key stops working; the act is in the audit log.
/// </summary>
public static class TelephonyKeyCommand
{
    public const string CommandLine = "telephony-key";

    /// <summary>The command line's actor: no person, recorded as such in the audit log.</summary>
    public static readonly Actor Console = new("system:telephony-key", "telephony-key", new HashSet<Role> { Role.Admin });

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != 1 || string.IsNullOrWhiteSpace(args[0]))
        {
            await System.Console.Error.WriteLineAsync("usage: telephony-key NAME");
            return 2;
        }

        var result = await IssueAsync(services, args[0].Trim());
        if (!result.Succeeded)
        {
            await System.Console.Error.WriteLineAsync(string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Code}")));
            return 1;
        }

        System.Console.WriteLine(result.Value!.Key);
        return 0;
    }

    public static async Task<ServiceResult<IssuedKey>> IssueAsync(IServiceProvider services, string name, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var clients = scope.ServiceProvider.GetRequiredService<ApiClientService>();
        var existing = await scope.ServiceProvider.GetRequiredService<HotlineDbContext>().ApiClients.AsNoTracking()
            .Where(c => c.Name == name && c.Scope == ApiScope.Telephony && c.RevokedAt == null)
            .OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        return existing is { } id
            ? await clients.ReplaceKeyAsync(id, Console, ct)
            : await clients.CreateAsync(new ApiClientInput { Name = name, Scope = ApiScope.Telephony }, Console, ct);
    }
}
