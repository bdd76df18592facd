using Hotline.Services.Audit;

namespace Hotline.Services.Users;

/// <summary>A refused sign-in as the audit log records it (the name typed is the entry's subject).</summary>
public sealed record SignInRefusedSnapshot(SignInRefusal Reason) : IAuditSnapshot;
