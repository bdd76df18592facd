using Hotline.Services.Admin;
using Hotline.Services.Common;
using Hotline.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Admin.Policies;

/// <summary>The deadline policy table: one form per row (<see cref="PolicyRowsModel{TInput, TRow}"/>), five limits each.</summary>
public sealed class IndexModel(PolicyAdminService policies, CurrentUser user, IStringLocalizer<SharedResource> localizer)
    : PolicyRowsModel<PolicyInput, PolicyRow>(localizer)
{
    /// <summary>The limits in the order of the table's columns.</summary>
    public static readonly string[] Limits =
        [nameof(PolicyInput.Dispatch), nameof(PolicyInput.SignFor), nameof(PolicyInput.FirstContact), nameof(PolicyInput.Resolve), nameof(PolicyInput.Callback)];

    public string RowName(PolicyRow row) =>
        $"{(row.RequestType is { } type ? Localizer.Enum(type) : Localizer["Policies.AnyType"])} · {Localizer.Enum(row.Urgency)}";

    /// <summary>What a row's inputs show: the typed values for the refused row, else what is stored.</summary>
    public LimitInput Shown(PolicyRow row, string limit) => (IsRefused(row), limit) switch
    {
        (true, nameof(PolicyInput.Dispatch)) => Input.Dispatch,
        (true, nameof(PolicyInput.SignFor)) => Input.SignFor,
        (true, nameof(PolicyInput.FirstContact)) => Input.FirstContact,
        (true, nameof(PolicyInput.Resolve)) => Input.Resolve,
        (true, nameof(PolicyInput.Callback)) => Input.Callback,
        (false, nameof(PolicyInput.Dispatch)) => LimitInput.From(row.Dispatch),
        (false, nameof(PolicyInput.SignFor)) => LimitInput.From(row.SignFor),
        (false, nameof(PolicyInput.FirstContact)) => LimitInput.From(row.FirstContact),
        (false, nameof(PolicyInput.Resolve)) => LimitInput.From(row.Resolve),
        (false, nameof(PolicyInput.Callback)) => LimitInput.From(row.Callback),
        _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, "Unknown limit."),
    };

    /// <summary>The amount box's text: what was typed in the refused row (even "abc"), else the number.</summary>
    public string AmountText(PolicyRow row, string limit) => AmountTextOf(row, limit, Shown(row, limit));

    protected override Task<IReadOnlyList<PolicyRow>> ListAsync(CancellationToken ct) => policies.ListAsync(ct);

    protected override Task<ServiceResult<uint>> UpdateAsync(PolicyInput input, CancellationToken ct) => policies.UpdateAsync(input, user.Actor, ct);

    protected override int IdOf(PolicyRow row) => row.Id;

    protected override string SavedMessage(PolicyRow saved) => Localizer["Policies.Saved", RowName(saved)];
}
