using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Domain.Channels;
using Hotline.Domain.Common;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Channels;

/// <summary>
/// API clients and their keys: the administrator issues, replaces and revokes them; each API request is authenticated
/// here. Only a hash of each key is stored; the key itself is returned once, when it is issued.
/// </summary>
public sealed class ApiClientService(
    HotlineDbContext db,
    HotlineClock clock,
    IValidator<ApiClientInput> validator,
    AuditLog audit,
    ILogger<ApiClientService> logger)
{
    public const int PageSize = 50;

    public async Task<PagedList<ApiClientRow>> ListAsync(int page, CancellationToken ct = default)
    {
        page = Limits.ClampPage(page);
        var total = await db.ApiClients.CountAsync(ct);
        var rows = await db.ApiClients.AsNoTracking()
            .OrderBy(c => c.RevokedAt != null).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new ApiClientRow(c.Id, c.Name, c.Scope, c.Channel, c.KeyPrefix, c.CreatedAt, c.KeyIssuedAt, c.RevokedAt))
            .ToListAsync(ct);
        return new PagedList<ApiClientRow>(rows, page, PageSize, total);
    }

    public async Task<ServiceResult<IssuedKey>> CreateAsync(ApiClientInput input, Actor actor, CancellationToken ct = default)
    {
        var shape = await validator.ValidateAsync(input, ct);
        if (!shape.IsValid)
        {
            return ServiceResult<IssuedKey>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        var key = ApiKey.New();
        // A telephone platform speaks for the phone channel whatever the form said.
        var channel = input.Scope == ApiScope.Telephony ? Channel.Phone : input.Channel!.Value;
        var client = ApiClient.Create(input.Name!, input.Scope, channel, key, actor.UserId, clock.UtcNow);
        db.ApiClients.Add(client);
        audit.Record(actor, AuditAreas.ApiClient, AuditActions.Create, client.Name, null, ApiClientSnapshot.Of(client));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("API client {ApiClientId} {ApiClientName} ({Channel}) created by {UserId}, key {KeyPrefix}",
            client.Id, client.Name, client.Channel, actor.UserId, client.KeyPrefix);
        return ServiceResult<IssuedKey>.Ok(new IssuedKey(client.Id, client.Name, key));
    }

    /// <summary>A new key for the client; the old one stops working at once (a lost or leaked key, or a routine change).</summary>
    public async Task<ServiceResult<IssuedKey>> ReplaceKeyAsync(int clientId, Actor actor, CancellationToken ct = default)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null)
        {
            return ServiceResult<IssuedKey>.Fail(string.Empty, "ApiClients.Error.NotFound");
        }

        var before = ApiClientSnapshot.Of(client);
        var key = ApiKey.New();
        client.ReplaceKey(key, clock.UtcNow);
        audit.Record(actor, AuditAreas.ApiClient, AuditActions.ReplaceKey, client.Name, before, ApiClientSnapshot.Of(client));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("API client {ApiClientId} got a new key {KeyPrefix} from {UserId}", client.Id, client.KeyPrefix, actor.UserId);
        return ServiceResult<IssuedKey>.Ok(new IssuedKey(client.Id, client.Name, key));
    }

    public async Task<ServiceResult<int>> RevokeAsync(int clientId, Actor actor, CancellationToken ct = default)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null)
        {
            return ServiceResult<int>.Fail(string.Empty, "ApiClients.Error.NotFound");
        }

        var before = ApiClientSnapshot.Of(client);
        try
        {
            client.Revoke(actor.UserId, clock.UtcNow);
        }
        catch (DomainRuleException ex)
        {
            return ServiceResult<int>.Fail(string.Empty, ex.Code);
        }

        audit.Record(actor, AuditAreas.ApiClient, AuditActions.Revoke, client.Name, before, ApiClientSnapshot.Of(client));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("API client {ApiClientId} revoked by {UserId}", client.Id, actor.UserId);
        return ServiceResult<int>.Ok(client.Id);
    }

    /// <summary>The active client of <paramref name="scope"/> whose current key this is; null for anything else.</summary>
    public async Task<AuthenticatedClient?> AuthenticateAsync(string? key, ApiScope scope, CancellationToken ct = default)
    {
        if (!ApiKey.TryGetPrefix(key, out var prefix))
        {
            return null;
        }

        var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.KeyPrefix == prefix, ct);
        if (client is null || client.Scope != scope || !client.Accepts(key!))
        {
            logger.LogWarning("API key {KeyPrefix} refused", prefix);
            return null;
        }

        return new AuthenticatedClient(client.Id, client.Name, client.Channel, client.AsActor());
    }

    // What the audit log keeps of a client: never the key, only its public prefix.
}
