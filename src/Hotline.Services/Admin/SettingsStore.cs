using Hotline.Domain.Access;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Admin;

/// <summary>
/// The administrators' settings kept as text under a key in the settings table (the appeal window, the KPI weights, the
/// office hours): read, and saved by an administrator with an audit entry. A save made against text someone else has
/// changed since the form was read is refused as a conflict, and so is the loser of two first saves racing on the key.
/// Each setting's service owns its shape (parsing, validation, defaults); this is only where the text lives.
/// </summary>
public sealed class SettingsStore(HotlineDbContext db, AuditLog audit, ILogger<SettingsStore> logger)
{
    /// <summary>The text stored under <paramref name="key"/>, or null when none is.</summary>
    public Task<string?> ReadAsync(string key, CancellationToken ct = default) =>
        db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Stores <paramref name="text"/> under <paramref name="key"/> for an administrator, recording the change as
    /// <paramref name="auditAction"/>. <paramref name="seen"/> is the text the form was read with (empty for none), or null
    /// when the save replaces whatever is stored. Returns the refusal (<see cref="ServiceError.AdminOnly"/>,
    /// <see cref="ServiceError.Concurrency"/>), or null once saved.
    /// </summary>
    public async Task<string?> SaveAsync(string key, string text, string? seen, string auditAction, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Role.Admin))
        {
            return ServiceError.AdminOnly;
        }

        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == key, ct);
        if (seen is not null && (setting?.Value ?? string.Empty) != seen)
        {
            return ServiceError.Concurrency;
        }

        audit.Record(actor, AuditAreas.Settings, auditAction, key, setting?.Value, text);
        if (setting is null)
        {
            db.Settings.Add(new HotlineSetting { Key = key, Value = text });
        }
        else
        {
            setting.Value = text;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // Two first saves raced on the key (the other one won), or the row went in the meantime.
            logger.LogWarning(ex, "Setting {Key} save by {UserId} lost a race", key, actor.UserId);
            db.ChangeTracker.Clear();
            return ServiceError.Concurrency;
        }

        logger.LogInformation("Setting {Key} set to {Value} by {UserId}", key, text, actor.UserId);
        return null;
    }
}
