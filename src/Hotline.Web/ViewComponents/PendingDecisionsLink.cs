namespace Hotline.Web.ViewComponents;

/// <summary>One nav link to a decision list and how many requests wait on it.</summary>
public sealed record PendingDecisionsLink(string Href, string LabelKey, string TestId, int Waiting);
