using System.Globalization;
using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Tickets;
using Hotline.Services.Admin;
using Hotline.Services.Audit;
using Hotline.Services.Common;

namespace Hotline.Services.Appeals;

/// <summary>The appeal window (申诉期限, ADR 0031), in working days, kept in the settings store under <see cref="Key"/>.</summary>
public sealed class AppealWindowService(SettingsStore settings, IValidator<AppealWindowInput> rules)
{
    public const string Key = "AppealWindow";

    /// <summary>The window in force: the stored one, or the default (5 working days) when none usable is stored.</summary>
    public async Task<AppealWindow> GetAsync(CancellationToken ct = default) =>
        int.TryParse(await settings.ReadAsync(Key, ct), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && new AppealWindow(days) is { IsValid: true } window
            ? window
            : AppealWindow.Default;

    /// <summary>The stored text as a form carries it to detect a concurrent save.</summary>
    public async Task<string> CurrentAsync(CancellationToken ct = default) => await settings.ReadAsync(Key, ct) ?? string.Empty;

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

        var text = input.WorkingDays!.Value.ToString(CultureInfo.InvariantCulture);
        return await settings.SaveAsync(Key, text, input.Current ?? string.Empty, AuditActions.AppealWindow, actor, ct) is { } error
            ? ServiceResult<AppealWindow>.Fail(string.Empty, error)
            : ServiceResult<AppealWindow>.Ok(new AppealWindow(input.WorkingDays.Value));
    }
}
