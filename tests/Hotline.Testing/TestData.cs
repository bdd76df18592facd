namespace Hotline.Testing;

/// <summary>What a test database starts with.</summary>
public enum TestData
{
    /// <summary>Schema and reference data as a Production install has them: no users at all.</summary>
    Empty = 0,

    /// <summary>Schema, reference data (66 units, categories, calendar, policies, knowledge base) and the demo logins.</summary>
    Reference = 1,

    /// <summary>Reference data plus a few hundred demo tickets, including the repeat caller's two.</summary>
    Demo = 2,
}
