namespace Hotline.Web.Infrastructure;

/// <summary>An assignment's three deadlines as the pages show them, each the model of the _Clock partial.</summary>
public sealed record AssignmentClocks(ClockView SignFor, ClockView FirstContact, ClockView Resolve);
