namespace Hotline.Services.FollowUp;

/// <summary>Why a ticket waits for a callback: a unit resolved a round, or a direct answer was sampled (直办抽检).</summary>
public enum CallbackKind
{
    Resolved = 1,
    Sample = 2,
}
