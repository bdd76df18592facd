using Hotline.Domain.Performance;

namespace Hotline.Web.Infrastructure;

/// <summary>What Pages/Shared/_RateCell shows: a rate, its numerator and denominator, each linked to its tickets.</summary>
public sealed record RateCell(Rate Rate, Measure Numerator, Measure Denominator, int UnitId, Period Period);
