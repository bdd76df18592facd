using System.Text.Json;
using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Performance;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Dashboards;

/// <summary>The efficiency index's weights, kept in the settings table under <see cref="Key"/> as JSON.</summary>
public sealed class KpiWeightsService(HotlineDbContext db, AuditLog audit, IValidator<KpiWeightsInput> validator, ILogger<KpiWeightsService> logger)
{
    public const string Key = "KpiWeights";

    /// <summary>The weights in force: the stored ones, or the defaults when none (or none usable) are stored.</summary>
    public async Task<KpiWeights> GetAsync(CancellationToken ct = default) => Parse(await StoredAsync(ct));

    /// <summary>The stored text as a form carries it to detect a concurrent save.</summary>
    public async Task<string> CurrentAsync(CancellationToken ct = default) => await StoredAsync(ct) ?? string.Empty;

    public async Task<ServiceResult<KpiWeights>> SaveAsync(KpiWeightsInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Role.Admin))
        {
            return ServiceResult<KpiWeights>.Fail(string.Empty, ServiceError.AdminOnly);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid || KpiWeightsInputValidator.ToWeights(input) is not { } weights)
        {
            return ServiceResult<KpiWeights>.Fail(validation.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == Key, ct);
        if ((setting?.Value ?? string.Empty) != (input.Current ?? string.Empty))
        {
            return ServiceResult<KpiWeights>.Fail(string.Empty, ServiceError.Concurrency);
        }

        var text = Format(weights);
        audit.Record(actor, AuditAreas.Settings, AuditActions.KpiWeights, Key, setting?.Value, text);
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
            logger.LogWarning(ex, "KPI weights save by {UserId} lost a race", actor.UserId);
            return ServiceResult<KpiWeights>.Fail(string.Empty, ServiceError.Concurrency);
        }

        logger.LogInformation("KPI weights set to {KpiWeights} by {UserId}", text, actor.UserId);
        return ServiceResult<KpiWeights>.Ok(weights);
    }

    public static string Format(KpiWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        // Only the five weights and the minimums: Sum and IsValid are derived.
        return JsonSerializer.Serialize(new
        {
            weights.SignFor,
            weights.FirstResponse,
            weights.OnTimeCompletion,
            weights.Satisfaction,
            weights.Solved,
            weights.Minimums,
        });
    }

    private KpiWeights Parse(string? text)
    {
        if (text is null)
        {
            return KpiWeights.Default;
        }

        try
        {
            // Weights stored before minimums existed have none.
            if (JsonSerializer.Deserialize<KpiWeights>(text) is { } stored && (stored with { Minimums = stored.Minimums ?? SampleMinimums.None }) is { IsValid: true } weights)
            {
                return weights;
            }
        }
        catch (JsonException)
        {
        }

        logger.LogWarning("Stored KPI weights {Text} are unusable: the defaults apply", text);
        return KpiWeights.Default;
    }

    private Task<string?> StoredAsync(CancellationToken ct) =>
        db.Settings.AsNoTracking().Where(s => s.Key == Key).Select(s => s.Value).FirstOrDefaultAsync(ct);
}
