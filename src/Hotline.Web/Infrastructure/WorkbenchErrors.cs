using Hotline.Services.Common;
using Hotline.Services.Workbench;

namespace Hotline.Web.Infrastructure;

public static class WorkbenchErrors
{
    /// <summary>The resource key to show for a workbench refusal: a conflict names the ticket ("该工单已被他人修改").</summary>
    public static string Key(string code) => code == ServiceError.Concurrency ? "Workbench.Concurrency" : code;
}
