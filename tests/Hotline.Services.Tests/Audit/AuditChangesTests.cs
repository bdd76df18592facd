using Hotline.Domain.Access;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Units;
using Hotline.Services.Audit;

namespace Hotline.Services.Tests.Audit;

/// <summary>An entry's before and after snapshots read as the fields that changed (pure: no database).</summary>
public sealed class AuditChangesTests
{
    [Fact]
    public void An_update_of_one_field_lists_that_field_only()
    {
        var changes = AuditChanges.Between(
            """{"Code": "heating", "NameZh": "热力公司", "IsActive": true, "ParentId": null}""",
            """{"Code": "heating", "NameZh": "市热力集团", "IsActive": true, "ParentId": null}""");

        var change = changes.ShouldHaveSingleItem();
        change.Field.ShouldBe("NameZh");
        change.Before!.Value.GetString().ShouldBe("热力公司");
        change.After!.Value.GetString().ShouldBe("市热力集团");
        change.IsSet.ShouldBeFalse();
    }

    [Fact]
    public void A_flag_and_a_number_that_change_are_listed_in_the_after_snapshot_s_order()
    {
        var changes = AuditChanges.Between("""{"SortOrder": 3, "IsActive": true}""", """{"IsActive": false, "SortOrder": 4}""");

        changes.Select(c => (c.Field, c.Before!.Value.GetRawText(), c.After!.Value.GetRawText()))
            .ShouldBe([("IsActive", "true", "false"), ("SortOrder", "3", "4")]);
    }

    [Fact]
    public void A_created_subject_lists_every_field_it_was_created_with_and_skips_empty_ones()
    {
        var changes = AuditChanges.Between(null, """{"DisplayName": "王芳", "Roles": ["Agent", "Dispatcher"], "UnitId": null, "IsActive": true}""");

        changes.Select(c => c.Field).ShouldBe(["DisplayName", "Roles", "IsActive"]);
        changes.ShouldAllBe(c => c.Before == null);
        changes[1].Added.Select(m => m.GetString()).ShouldBe(["Agent", "Dispatcher"]);
        changes[1].Removed.ShouldBeEmpty();
    }

    [Fact]
    public void A_removed_subject_lists_what_it_had()
    {
        var changes = AuditChanges.Between("""{"Date": "2026-10-01", "Kind": "Holiday", "Name": "国庆"}""", null);

        changes.Select(c => c.Field).ShouldBe(["Date", "Kind", "Name"]);
        changes.ShouldAllBe(c => c.After == null);
    }

    [Fact]
    public void Roles_compare_as_a_set_whatever_their_order()
    {
        var changes = AuditChanges.Between(
            """{"DisplayName": "王芳", "Roles": ["Agent", "Dispatcher"]}""",
            """{"DisplayName": "王芳", "Roles": ["Supervisor", "Agent"]}""");
        var reordered = AuditChanges.Between("""{"Roles": ["Agent", "Dispatcher"]}""", """{"Roles": ["Dispatcher", "Agent"]}""");

        var roles = changes.ShouldHaveSingleItem();
        roles.Field.ShouldBe("Roles");
        roles.IsSet.ShouldBeTrue();
        roles.Removed.Select(m => m.GetString()).ShouldBe(["Dispatcher"]);
        roles.Added.Select(m => m.GetString()).ShouldBe(["Supervisor"]);
        reordered.ShouldBeEmpty();
    }

    [Fact]
    public void A_list_of_records_shows_the_records_that_left_and_joined_it()
    {
        var changes = AuditChanges.Between(
            """[{"Date": "2026-10-01", "Kind": "Holiday", "Name": "国庆"}, {"Date": "2026-10-10", "Kind": "Holiday", "Name": "国庆"}]""",
            """[{"Date": "2026-10-01", "Kind": "Holiday", "Name": "国庆"}, {"Date": "2026-10-10", "Kind": "MakeupWorkday", "Name": "国庆调休"}]""");

        var days = changes.ShouldHaveSingleItem();
        days.Field.ShouldBeEmpty();
        days.Removed.ShouldHaveSingleItem().GetProperty("Kind").GetString().ShouldBe("Holiday");
        days.Added.ShouldHaveSingleItem().GetProperty("Name").GetString().ShouldBe("国庆调休");
    }

    [Fact]
    public void A_plain_string_setting_is_one_change_without_a_field_name_and_an_unchanged_one_is_none()
    {
        var changed = AuditChanges.Between("\"08:30-12:00,13:30-17:30\"", "\"09:00-12:00,14:00-18:00\"");
        var first = AuditChanges.Between(null, "\"SignFor=20;FirstResponse=10\"");

        var hours = changed.ShouldHaveSingleItem();
        hours.Field.ShouldBeEmpty();
        hours.Before!.Value.GetString().ShouldBe("08:30-12:00,13:30-17:30");
        hours.After!.Value.GetString().ShouldBe("09:00-12:00,14:00-18:00");
        first.ShouldHaveSingleItem().Before.ShouldBeNull();
        AuditChanges.Between("\"09:00-17:00\"", "\"09:00-17:00\"").ShouldBeEmpty();
    }

    [Fact]
    public void No_snapshot_or_a_JSON_null_is_no_change()
    {
        AuditChanges.Between(null, null).ShouldBeEmpty();
        AuditChanges.Between("null", " ").ShouldBeEmpty();
        AuditChanges.Between("""{"Reason": null}""", "null").ShouldBeEmpty();
    }

    [Fact]
    public void Text_that_is_not_JSON_is_shown_as_it_is_rather_than_failing_the_page()
    {
        var change = AuditChanges.Between("{broken", """{"Name": "x"}""");

        change.Select(c => c.Field).ShouldBe(["Name", string.Empty]);
        change[1].Before!.Value.GetString().ShouldBe("{broken");
        change[1].After.ShouldBeNull();
    }

    [Fact]
    public void The_snapshot_records_name_their_fields_and_the_enums_their_values_come_from()
    {
        AuditSnapshots.Fields.ShouldContain("NameZh");
        AuditSnapshots.Fields.ShouldContain("Reason");
        AuditSnapshots.Enums["Roles"].ShouldBe([typeof(Role)]);
        AuditSnapshots.Enums["Kind"].ShouldBe([typeof(CalendarDayKind), typeof(UnitKind)], ignoreOrder: true);
        AuditSnapshots.Instants.ShouldContain("RevokedAt");
        AuditSnapshots.Instants.ShouldNotContain("ValidFrom");
    }
}
