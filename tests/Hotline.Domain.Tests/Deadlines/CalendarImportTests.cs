using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Deadlines.TestCalendars;

namespace Hotline.Domain.Tests.Deadlines;

public class CalendarImportTests
{
    [Fact]
    public void A_single_holiday_line_is_read()
    {
        var result = CalendarImport.Parse("2026-10-01,holiday,国庆节");

        result.Succeeded.ShouldBeTrue();
        var day = result.Days.ShouldHaveSingleItem();
        day.Date.ShouldBe(Date(2026, 10, 1));
        day.Kind.ShouldBe(CalendarDayKind.Holiday);
        day.Name.ShouldBe("国庆节");
    }

    [Fact]
    public void A_range_gives_one_day_per_date()
    {
        var result = CalendarImport.Parse("2026-10-01..2026-10-07,holiday,国庆节");

        result.Days.Select(d => d.Date).ShouldBe(Enumerable.Range(1, 7).Select(d => Date(2026, 10, d)));
        result.Days.ShouldAllBe(d => d.Kind == CalendarDayKind.Holiday && d.Name == "国庆节");
    }

    [Theory]
    [InlineData("holiday", CalendarDayKind.Holiday)]
    [InlineData("Holiday", CalendarDayKind.Holiday)]
    [InlineData("假日", CalendarDayKind.Holiday)]
    [InlineData("休", CalendarDayKind.Holiday)]
    [InlineData("workday", CalendarDayKind.MakeupWorkday)]
    [InlineData("makeup", CalendarDayKind.MakeupWorkday)]
    [InlineData("班", CalendarDayKind.MakeupWorkday)]
    public void Kind_words_are_understood_in_english_and_chinese(string word, CalendarDayKind kind)
    {
        CalendarImport.Parse($"2026-10-10,{word},国庆节调休上班").Days.ShouldHaveSingleItem().Kind.ShouldBe(kind);
    }

    [Fact]
    public void Blank_lines_comments_windows_line_ends_and_full_width_commas_are_accepted()
    {
        var text = "# 2026 国庆\r\n\r\n  2026-10-01..2026-10-07 , holiday , 国庆节  \r\n2026-10-10，班，国庆节调休上班\r\n";

        var result = CalendarImport.Parse(text);

        result.Errors.ShouldBeEmpty();
        result.Days.Count.ShouldBe(8);
        result.Days[^1].Name.ShouldBe("国庆节调休上班");
    }

    [Fact]
    public void The_official_2026_schedule_round_trips()
    {
        const string text = """
            # 国务院办公厅关于2026年部分节假日安排的通知
            2026-01-01..2026-01-03,holiday,元旦
            2026-01-04,workday,元旦调休上班
            2026-02-15..2026-02-23,holiday,春节
            2026-02-14,workday,春节调休上班
            2026-02-28,workday,春节调休上班
            2026-04-04..2026-04-06,holiday,清明节
            2026-05-01..2026-05-05,holiday,劳动节
            2026-05-09,workday,劳动节调休上班
            2026-06-19..2026-06-21,holiday,端午节
            2026-09-25..2026-09-27,holiday,中秋节
            2026-10-01..2026-10-07,holiday,国庆节
            2026-09-20,workday,国庆节调休上班
            2026-10-10,workday,国庆节调休上班
            """;

        var result = CalendarImport.Parse(text);

        result.Errors.ShouldBeEmpty();
        result.Days.Select(d => (d.Date, d.Kind, d.Name))
            .ShouldBe(OfficialCalendar2026.Days().Select(d => (d.Date, d.Kind, d.Name)), ignoreOrder: true);
    }

    [Theory]
    [InlineData("2026-13-01,holiday,x", CalendarImportError.BadDate)]
    [InlineData("20261001,holiday,x", CalendarImportError.BadDate)]
    [InlineData("2026-10-01..,holiday,x", CalendarImportError.BadDate)]
    [InlineData("2026-10-01..2026-10-02..2026-10-03,holiday,x", CalendarImportError.BadDate)]
    [InlineData("2026-10-07..2026-10-01,holiday,x", CalendarImportError.BadRange)]
    [InlineData("2026-01-01..2026-12-31,holiday,x", CalendarImportError.RangeTooLong)]
    [InlineData("2026-10-01,vacation,x", CalendarImportError.BadKind)]
    [InlineData("2026-10-01,holiday", CalendarImportError.MissingName)]
    [InlineData("2026-10-01,holiday,  ", CalendarImportError.MissingName)]
    [InlineData("2026-10-01", CalendarImportError.BadFormat)]
    [InlineData("2026-10-09,workday,国庆节调休上班", CalendarImportError.MakeupNotWeekend)]
    public void A_bad_line_is_reported_with_its_message_key(string line, string key)
    {
        var result = CalendarImport.Parse(line);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldBe([new CalendarImportError(1, key)]);
        result.Days.ShouldBeEmpty();
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_reported()
    {
        var name = new string('节', CalendarDay.NameMaxLength + 1);

        CalendarImport.Parse($"2026-10-01,holiday,{name}").Errors.ShouldBe([new CalendarImportError(1, CalendarImportError.NameTooLong)]);
    }

    [Fact]
    public void Every_problem_on_a_line_is_reported()
    {
        CalendarImport.Parse("2026-02-30,weekend,").Errors.Select(e => e.MessageKey).ShouldBe(
            [CalendarImportError.BadDate, CalendarImportError.BadKind, CalendarImportError.MissingName]);
    }

    [Fact]
    public void A_date_given_twice_is_reported_on_the_later_line()
    {
        var result = CalendarImport.Parse("2026-10-01..2026-10-07,holiday,国庆节\n\n2026-10-07,holiday,国庆节");

        result.Errors.ShouldBe([new CalendarImportError(3, CalendarImportError.DuplicateDate)]);
        result.Days.Count.ShouldBe(7);
    }

    [Fact]
    public void Errors_carry_the_line_number_counting_blank_and_comment_lines()
    {
        var result = CalendarImport.Parse("# header\n2026-10-01,holiday,国庆节\n\n2026-10-xx,holiday,国庆节\n2026-10-02,休,国庆节");

        result.Errors.ShouldBe([new CalendarImportError(4, CalendarImportError.BadDate)]);
        result.Days.Count.ShouldBe(2);
    }

    [Fact]
    public void Empty_text_gives_nothing_and_no_errors()
    {
        var result = CalendarImport.Parse("\n  \n# only a comment\n");

        result.Succeeded.ShouldBeTrue();
        result.Days.ShouldBeEmpty();
    }
}
