using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Admin;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Tests.Admin;
using Hotline.Services.Units;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Audit;

/// <summary>
/// What the audit page names instead of codes and ids, on PostgreSQL: the unit a unit entry is about and the parent units
/// in its change (the tree a delegation follows), a review rule by its request type; a unit's entries are found by its name.
/// </summary>
public sealed class AuditNamesTests : IAsyncLifetime
{
    private AdminDatabaseFixture _db = null!;

    public async Task InitializeAsync() => _db = await AdminDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_sub_district_moved_to_another_district_and_a_review_rule_saved_are_named_and_found_by_name()
    {
        var units = await _db.QueryAsync(db => db.Units.Where(u => u.Code == "laishan-huanghai" || u.Code == "laishan" || u.Code == "zhifu")
            .ToDictionaryAsync(u => u.Code, u => new { u.Id, u.NameZh, u.NameEn }));
        var moved = (await _db.RunAsync<UnitAdminService, UnitInput?>(s => s.GetAsync(units["laishan-huanghai"].Id))).ShouldNotBeNull();
        moved.ParentId = units["zhifu"].Id;
        (await _db.RunAsync<UnitAdminService, ServiceResult<int>>(async s => await s.SaveAsync(moved, await _db.ActorAsync()))).Errors.ShouldBeEmpty();
        var rule = (await _db.RunAsync<ReviewPolicyAdminService, IReadOnlyList<ReviewPolicyRow>>(s => s.ListAsync())).Single(r => r.RequestType == RequestType.Complaint);
        var input = new ReviewPolicyInput { Id = rule.Id, Version = rule.Version, Always = true, WhenSupervised = false, Limit = LimitInput.From(rule.Limit) };
        (await _db.RunAsync<ReviewPolicyAdminService, ServiceResult<uint>>(async s => await s.UpdateAsync(input, await _db.ActorAsync()))).Errors.ShouldBeEmpty();

        // Found by the unit's name, as the page shows it, in either language.
        var byName = await ListAsync(new AuditFilter { Area = AuditAreas.Unit, Text = "黄海路" });
        var entry = byName.Items.ShouldHaveSingleItem();
        (await ListAsync(new AuditFilter { Area = AuditAreas.Unit, Text = "huanghai road" })).Items.ShouldHaveSingleItem().Id.ShouldBe(entry.Id);

        var names = await _db.RunAsync<AuditLog, AuditNames>(s => s.NamesAsync(byName.Items));
        names.SubjectOf(entry).ShouldBe(new LocalizedName(units["laishan-huanghai"].NameZh, units["laishan-huanghai"].NameEn));
        var parent = entry.Changes.ShouldHaveSingleItem();
        parent.Field.ShouldBe(nameof(UnitSnapshot.ParentId));
        (names.UnitOf(parent.Field, parent.Before!.Value)?.Zh, names.UnitOf(parent.Field, parent.After!.Value)?.Zh)
            .ShouldBe((units["laishan"].NameZh, units["zhifu"].NameZh));

        var saved = (await ListAsync(new AuditFilter { Area = AuditAreas.Policy })).Items.ShouldHaveSingleItem();
        PolicySubject.TryReadReview(saved.Subject, out var type).ShouldBeTrue();
        type.ShouldBe(RequestType.Complaint);
        PolicySubject.TryReadDeadline(saved.Subject, out _, out _).ShouldBeFalse();
        (await _db.RunAsync<AuditLog, AuditNames>(s => s.NamesAsync([saved]))).ShouldBeSameAs(AuditNames.None);
    }

    [Fact]
    public void Deadline_rule_subjects_read_back_as_written_and_nothing_else_does()
    {
        PolicySubject.TryReadDeadline(PolicySubject.Deadline(null, Urgency.Urgent), out var any, out var urgent).ShouldBeTrue();
        (any, urgent).ShouldBe(((RequestType?)null, Urgency.Urgent));
        PolicySubject.TryReadDeadline(PolicySubject.Deadline(RequestType.Report, Urgency.Normal), out var report, out var normal).ShouldBeTrue();
        (report, normal).ShouldBe(((RequestType?)RequestType.Report, Urgency.Normal));
        foreach (var text in new[] { "Review/Complaint", "3/Normal", "Complaint/9", "heating", "2026-12-02", "*/", "" })
        {
            PolicySubject.TryReadDeadline(text, out _, out _).ShouldBeFalse(text);
        }

        PolicySubject.TryReadReview("Review/3", out _).ShouldBeFalse();
    }

    private Task<PagedList<AuditRow>> ListAsync(AuditFilter filter) => _db.RunAsync<AuditLog, PagedList<AuditRow>>(s => s.ListAsync(filter));
}
