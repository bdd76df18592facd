using Hotline.Services.Data.ReadReplica;
using Hotline.Testing;

namespace Hotline.Services.Tests.ReadReplica;

/// <summary>The one rule of where reports read: the standby while it answers within the lag bound.</summary>
public sealed class ReplicaStatusTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_standby_within_the_bound_serves_reports() =>
        ReplicaStatus.From(TimeSpan.FromSeconds(30), Bound, TestDatabase.DefaultNow).Source.ShouldBe(ReadSource.Replica);

    [Fact]
    public void A_standby_past_the_bound_sends_reports_to_the_primary_and_says_by_how_much()
    {
        var status = ReplicaStatus.From(TimeSpan.FromSeconds(31), Bound, TestDatabase.DefaultNow);
        status.Source.ShouldBe(ReadSource.PrimaryReplicaLagging);
        status.Lag.ShouldBe(TimeSpan.FromSeconds(31));
        status.ReadsReplica.ShouldBeFalse();
    }

    [Fact]
    public void A_standby_that_did_not_answer_sends_reports_to_the_primary() =>
        ReplicaStatus.From(null, Bound, TestDatabase.DefaultNow).Source.ShouldBe(ReadSource.PrimaryReplicaDown);

    [Fact]
    public void Without_a_standby_there_is_nothing_to_show() =>
        ReplicaStatus.NotConfigured.Configured.ShouldBeFalse();
}
