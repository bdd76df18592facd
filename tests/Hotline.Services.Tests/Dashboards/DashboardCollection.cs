namespace Hotline.Services.Tests.Dashboards;

/// <summary>The dashboard tests read one hand-built month (seeding it takes a few seconds), so they share it.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "Dashboard";
}
