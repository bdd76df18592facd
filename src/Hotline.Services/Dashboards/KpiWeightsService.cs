using System.Text.Json;
using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Performance;
using Hotline.Services.Admin;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Dashboards;

/// <summary>The efficiency index's weights, kept in the settings store under <see cref="Key"/> as JSON.</summary>
public sealed class KpiWeightsService(SettingsStore settings, IValidator<KpiWeightsInput> validator, ILogger<KpiWeightsService> logger)
{
    public const string Key = "KpiWeights";

    /// <summary>The weights in force: the stored ones, or the defaults when none (or none usable) are stored.</summary>
    public async Task<KpiWeights> GetAsync(CancellationToken ct = default) => InForce(await StoredAsync(ct));

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

        return await settings.SaveAsync(Key, Format(weights), input.Current ?? string.Empty, AuditActions.KpiWeights, actor, ct) is { } error
            ? ServiceResult<KpiWeights>.Fail(string.Empty, error)
            : ServiceResult<KpiWeights>.Ok(weights);
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

    /// <summary>The weights in force read from their stored text: the defaults when none (or none usable) are stored.</summary>
    private KpiWeights InForce(string? text)
    {
        if (text is null)
        {
            return KpiWeights.Default;
        }

        if (Parse(text) is { IsValid: true } weights)
        {
            return weights;
        }

        logger.LogWarning("Stored KPI weights {Text} are unusable: the defaults apply", text);
        return KpiWeights.Default;
    }

    /// <summary>
    /// Weights as <see cref="Format"/> wrote them (in the settings, in a published ranking version); null when the text is
    /// not such JSON. Weights stored before minimums existed have none.
    /// </summary>
    public static KpiWeights? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<KpiWeights>(text) is { } stored ? stored with { Minimums = stored.Minimums ?? SampleMinimums.None } : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Task<string?> StoredAsync(CancellationToken ct) => settings.ReadAsync(Key, ct);
}
