using Xunit.Abstractions;
using Xunit.Sdk;

namespace Hotline.Cluster.Tests;

/// <summary>
/// Runs a class's tests by method name (S1_…, S2_…): the cluster's story goes from serving to failing over, and the
/// promotion of the standby cannot be undone.
/// </summary>
public sealed class InOrder : ITestCaseOrderer
{
    public const string Name = "Hotline.Cluster.Tests.InOrder";
    public const string Assembly = "Hotline.Cluster.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases.OrderBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal);
}
