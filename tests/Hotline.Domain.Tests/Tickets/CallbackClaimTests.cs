using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Tickets;

public sealed class CallbackClaimTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_claim_blocks_other_agents_until_it_lapses_but_never_its_holder()
    {
        var claim = CallbackClaim.Take(7, TestActors.Agent, Now, TimeSpan.FromMinutes(15));

        claim.Blocks("someone-else", Now.AddMinutes(14)).ShouldBeTrue();
        claim.Blocks(TestActors.Agent.UserId, Now.AddMinutes(1)).ShouldBeFalse();
        claim.Blocks("someone-else", Now.AddMinutes(15)).ShouldBeFalse();
        claim.DisplayName.ShouldBe(TestActors.Agent.DisplayName);
    }

    [Fact]
    public void A_claim_is_held_for_some_time()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => CallbackClaim.Take(7, TestActors.Agent, Now, TimeSpan.Zero));
    }
}
