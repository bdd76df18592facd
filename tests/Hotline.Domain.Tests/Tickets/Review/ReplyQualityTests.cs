using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets.Review;

/// <summary>The automatic checks a reviewer sees, computed once when the reply is submitted.</summary>
public class ReplyQualityTests
{
    private const string Reply = "已上门更换散热器阀门，室温恢复到20度，市民认可。";
    private static readonly DateTimeOffset Due = Now.AddHours(4);

    [Fact]
    public void A_full_reply_after_a_timely_contact_and_in_new_words_raises_nothing()
    {
        ReplyQuality.Check(Reply, Now.AddHours(1), Due, ["另一条答复，内容完全不同，共有二十多个字符的长度。"]).ShouldBe(ReplyFlags.None);
    }

    [Theory]
    [InlineData("已处理。", true)]
    [InlineData("已处理完毕，市民表示满意的。", true)] // 14 characters
    [InlineData("已处理完毕，市民表示满意的呢。", false)] // 15
    [InlineData("已 处 理 完 毕 ，市民\n表示满意的。", true)] // spaces do not count
    public void A_reply_under_the_minimum_length_is_too_short(string reply, bool tooShort)
    {
        ReplyQuality.Check(reply, Now, Due, []).HasFlag(ReplyFlags.TooShort).ShouldBe(tooShort);
    }

    [Fact]
    public void No_contact_and_a_contact_after_its_deadline_are_flagged_and_one_exactly_at_it_is_not()
    {
        ReplyQuality.Check(Reply, null, Due, []).ShouldBe(ReplyFlags.NoContact);
        ReplyQuality.Check(Reply, Due.AddSeconds(1), Due, []).ShouldBe(ReplyFlags.LateContact);
        ReplyQuality.Check(Reply, Due, Due, []).ShouldBe(ReplyFlags.None);
    }

    [Fact]
    public void A_reply_identical_to_one_of_the_units_last_five_is_flagged_but_not_one_of_the_sixth()
    {
        var five = new[] { "甲", "乙", "丙", "丁", Reply + " ", Reply };
        ReplyQuality.Check(Reply, Now, Due, five).ShouldBe(ReplyFlags.Repeated, "the fifth differs only in spacing");

        var sixth = new[] { "甲", "乙", "丙", "丁", "戊", Reply };
        ReplyQuality.Check(Reply, Now, Due, sixth).ShouldBe(ReplyFlags.None);
    }

    [Fact]
    public void Several_findings_combine_and_are_listed_in_order()
    {
        var flags = ReplyQuality.Check("已处理。", null, Due, ["已处理。"]);

        flags.ShouldBe(ReplyFlags.TooShort | ReplyFlags.NoContact | ReplyFlags.Repeated);
        ReplyQuality.Each(flags).ShouldBe([ReplyFlags.TooShort, ReplyFlags.NoContact, ReplyFlags.Repeated]);
    }

    [Fact]
    public void Submitting_for_review_stores_what_the_check_found()
    {
        var ticket = SignedFor();

        ticket.SubmitForReview(Lead, TestActors.Liaison, Now.AddHours(2), "已处理。", ResolutionOutcome.Solved, null, Now.AddDays(1), ["已处理。"]);

        ticket.ReplyFlags.ShouldBe(ReplyFlags.TooShort | ReplyFlags.NoContact | ReplyFlags.Repeated);
    }
}
