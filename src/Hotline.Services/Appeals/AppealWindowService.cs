using System.Globalization;
using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Tickets;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Appeals;

/// <summary>The appeal window (申诉期限, ADR 0031), in working days, kept in the settings table under <see cref="Key"/>.</summary>
public sealed class AppealWindowService(HotlineDbContext db, AuditLog audit, IValidator<AppealWindowInput> rules, ILogger<AppealWindowService> logger)
{
    public const string Key = "AppealWindow";

    /// <summary>The window in force: the stored one, or the default (5 working days) when none usable is stored.</summary>
    public async Task<AppealWindow> GetAsync(CancellationToken ct = default) =>
        int.TryParse(await StoredAsync(ct), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && new AppealWindow(days) is { IsValid: true } window
            ? window
            : AppealWindow.Default;

    /// <summary>The stored text as a form carries it to detect a concurrent save.</summary>
    public async Task<string> CurrentAsync(CancellationToken ct = default) => await StoredAsync(ct) ?? string.Empty;

    public async Task<ServiceResult<AppealWindow>> SaveAsync(AppealWindowInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Role.Admin))
        {
            return ServiceResult<AppealWindow>.Fail(string.Empty, ServiceError.AdminOnly);
        }

        if (await rules.CheckAsync<AppealWindowInput, AppealWindow>(input, ct) is { } refused)
        {
            return refused;
        }

        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == Key, ct);
        if ((setting?.Value ?? string.Empty) != (input.Current ?? string.Empty))
        {
            return ServiceResult<AppealWindow>.Fail(string.Empty, ServiceError.Concurrency);
        }

        var text = input.WorkingDays!.Value.ToString(CultureInfo.InvariantCulture);
        audit.Record(actor, AuditAreas.Settings, AuditActions.AppealWindow, Key, setting?.Value, text);
        if (setting is null)
        {
            db.Settings.Add(new HotlineSetting { Key = Key, Value = text });
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
            // Two first saves raced on the key: the other one won.
            logger.LogWarning(ex, "Appeal window save by {UserId} lost a race", actor.UserId);
            db.ChangeTracker.Clear();
            return ServiceResult<AppealWindow>.Fail(string.Empty, ServiceError.Concurrency);
        }

        logger.LogInformation("Appeal window set to {WorkingDays} working days by {UserId}", text, actor.UserId);
        return ServiceResult<AppealWindow>.Ok(new AppealWindow(input.WorkingDays.Value));
    }

    private Task<string?> StoredAsync(CancellationToken ct) =>
        db.Settings.AsNoTracking().Where(s => s.Key == Key).Select(s => s.Value).FirstOrDefaultAsync(ct);
}
