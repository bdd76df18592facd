using Hotline.Services.Admin;
using Hotline.Services.Common;
using Hotline.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Admin.Policies;

/// <summary>
/// The review policy (审核, docs/decisions/0028-reply-review.md) beside the deadline policy: per request type, whether
/// replies always wait for review, whether they do while the ticket is supervised, and the reviewer's time limit. One
/// form per row with its row version, as on the deadline policy page (<see cref="PolicyRowsModel{TInput, TRow}"/>).
/// </summary>
public sealed class ReviewModel(ReviewPolicyAdminService policies, CurrentUser user, IStringLocalizer<SharedResource> localizer)
    : PolicyRowsModel<ReviewPolicyInput, ReviewPolicyRow>(localizer)
{
    /// <summary>What a row's inputs show: the typed values for the refused row, else what is stored.</summary>
    public (bool Always, bool WhenSupervised, LimitInput Limit) Shown(ReviewPolicyRow row) =>
        IsRefused(row) ? (Input.Always, Input.WhenSupervised, Input.Limit) : (row.Always, row.WhenSupervised, LimitInput.From(row.Limit));

    /// <summary>The amount box's text: what was typed in the refused row (even "abc"), else the number.</summary>
    public string AmountText(ReviewPolicyRow row) => AmountTextOf(row, nameof(ReviewPolicyInput.Limit), Shown(row).Limit);

    protected override Task<IReadOnlyList<ReviewPolicyRow>> ListAsync(CancellationToken ct) => policies.ListAsync(ct);

    protected override Task<ServiceResult<uint>> UpdateAsync(ReviewPolicyInput input, CancellationToken ct) => policies.UpdateAsync(input, user.Actor, ct);

    protected override int IdOf(ReviewPolicyRow row) => row.Id;

    protected override string SavedMessage(ReviewPolicyRow saved) => Localizer["ReviewPolicy.Saved", Localizer.Enum(saved.RequestType)];
}
