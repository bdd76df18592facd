using Hotline.Domain.Common;

namespace Hotline.Domain.Tests.Common;

public sealed class SubmissionIdsTests
{
    // PostgreSQL compares uuids byte by byte in RFC order: an id that begins with the time it was made sorts after every
    // id made before it, so a unique index of millions takes new ids on its last pages instead of a random one.
    [Fact]
    public void A_submission_id_begins_with_the_millisecond_it_was_made()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var id = SubmissionIds.New();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var made = id.ToByteArray(bigEndian: true)[..6].Aggregate(0L, (ms, b) => (ms << 8) | b);
        made.ShouldBeInRange(before, after);
        id.Version.ShouldBe(7);
    }
}
