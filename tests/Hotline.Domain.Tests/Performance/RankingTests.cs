using Hotline.Domain.Performance;

namespace Hotline.Domain.Tests.Performance;

public sealed class RankingTests
{
    private static RankingEntry Unit(int id, string code, double? index, double? onTime = null) => new(id, code, index, onTime);

    [Fact]
    public void Units_are_ranked_by_index_best_first()
    {
        var ranked = Ranking.Rank([Unit(1, "a", 70), Unit(2, "b", 90), Unit(3, "c", 80)]);

        ranked.Select(r => (r.Entry.Code, r.Rank)).ShouldBe([("b", (int?)1), ("c", 2), ("a", 3)]);
    }

    [Fact]
    public void Equal_indexes_are_decided_by_on_time_completion_then_by_code()
    {
        var ranked = Ranking.Rank([Unit(1, "z", 80, 0.5), Unit(2, "y", 80, 0.9), Unit(3, "b", 80, 0.5), Unit(4, "a", 80, null)]);

        // y has the best completion rate; z and b tie on it too, so b (code) goes first; a has no rate and comes last.
        ranked.Select(r => r.Entry.Code).ShouldBe(["y", "b", "z", "a"]);
        ranked.Select(r => r.Rank).ShouldBe([1, 2, 3, 4]);
    }

    [Fact]
    public void The_five_lowest_are_flagged_when_more_than_five_are_ranked()
    {
        var ranked = Ranking.Rank(Enumerable.Range(1, 7).Select(i => Unit(i, $"u{i}", 100 - i)));

        ranked.Where(r => r.IsFlagged).Select(r => r.Rank).ShouldBe([3, 4, 5, 6, 7]);
    }

    [Fact]
    public void Nobody_is_flagged_when_five_or_fewer_are_ranked()
    {
        var ranked = Ranking.Rank(Enumerable.Range(1, 5).Select(i => Unit(i, $"u{i}", 100 - i)));

        ranked.ShouldAllBe(r => !r.IsFlagged);
    }

    [Fact]
    public void Unrated_units_are_listed_after_the_ranked_ones_without_a_rank_or_flag()
    {
        var entries = Enumerable.Range(1, 6).Select(i => Unit(i, $"u{i}", 50 + i)).Append(Unit(7, "a-unrated", null)).Append(Unit(8, "0-unrated", null));

        var ranked = Ranking.Rank(entries);

        ranked.Take(6).ShouldAllBe(r => r.IsRanked);
        ranked.Skip(6).Select(r => (r.Entry.Code, r.Rank, r.IsFlagged)).ShouldBe([("0-unrated", (int?)null, false), ("a-unrated", null, false)]);
        // The bottom five are among the ranked: an unrated unit is not "lowest".
        ranked.Count(r => r.IsFlagged).ShouldBe(5);
        ranked.Single(r => r.Rank == 1).IsFlagged.ShouldBeFalse();
    }
}
