namespace Hotline.Bench.Measuring;

/// <summary>One registration's text and category (the seeder's demo texts), and the category's default unit for raw SQL.</summary>
internal sealed record BenchText(string CategoryCode, int CategoryId, int UnitId, string Content);
