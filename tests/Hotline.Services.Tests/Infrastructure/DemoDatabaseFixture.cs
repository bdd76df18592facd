using Hotline.Testing;

namespace Hotline.Services.Tests.Infrastructure;

/// <summary>A database with the reference data and the demo tickets (including the repeat caller's two).</summary>
public sealed class DemoDatabaseFixture : DatabaseFixture
{
    public DemoDatabaseFixture()
        : base(TestData.Demo)
    {
    }
}
