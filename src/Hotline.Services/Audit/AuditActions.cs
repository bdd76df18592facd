namespace Hotline.Services.Audit;

/// <summary>The acts the audit log records (stored as these names; the /Admin/Audit page shows each in words and
/// offers them in its filter, so every one needs a label <c>Audit.Action.{Name}</c>).</summary>
public static class AuditActions
{
    public const string Create = nameof(Create);
    public const string Update = nameof(Update);
    public const string Deactivate = nameof(Deactivate);
    public const string Reactivate = nameof(Reactivate);
    public const string Retire = nameof(Retire);
    public const string Restore = nameof(Restore);
    public const string MoveUp = nameof(MoveUp);
    public const string MoveDown = nameof(MoveDown);
    public const string Unlock = nameof(Unlock);
    public const string ResetPassword = nameof(ResetPassword);
    public const string ChangeOwnPassword = nameof(ChangeOwnPassword);
    public const string CreateAdministrator = nameof(CreateAdministrator);
    public const string SignInFailed = nameof(SignInFailed);
    public const string Mark = nameof(Mark);
    public const string Import = nameof(Import);
    public const string OfficeHours = nameof(OfficeHours);
    public const string KpiWeights = nameof(KpiWeights);
    public const string ReplaceKey = nameof(ReplaceKey);
    public const string Revoke = nameof(Revoke);
    public const string AppealWindow = nameof(AppealWindow);

    public static IReadOnlyList<string> All { get; } =
    [
        Create, Update, Deactivate, Reactivate, Retire, Restore, MoveUp, MoveDown, Unlock, ResetPassword, ChangeOwnPassword,
        CreateAdministrator, SignInFailed, Mark, Import, OfficeHours, KpiWeights, ReplaceKey, Revoke, AppealWindow,
    ];
}
