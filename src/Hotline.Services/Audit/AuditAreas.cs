namespace Hotline.Services.Audit;

/// <summary>The kinds of thing the audit log records changes to (the /Admin/Audit filter lists them).</summary>
public static class AuditAreas
{
    public const string User = nameof(User);
    public const string SignIn = nameof(SignIn);
    public const string Unit = nameof(Unit);
    public const string Category = nameof(Category);
    public const string Article = nameof(Article);
    public const string Policy = nameof(Policy);
    public const string Calendar = nameof(Calendar);
    public const string Settings = nameof(Settings);
    public const string ApiClient = nameof(ApiClient);

    public static IReadOnlyList<string> All { get; } = [User, SignIn, Unit, Category, Article, Policy, Calendar, Settings, ApiClient];
}
