namespace Hotline.Services.Common;

/// <summary>The "Hotline" configuration section.</summary>
public sealed class HotlineOptions
{
    public const string Section = "Hotline";

    /// <summary>IANA zone the hotline works in; instants are stored in UTC and shown in this zone.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Seed demo users and tickets on an empty database outside Development too (a demo or training
    /// installation). Production refuses to start while a demo password is in use (DemoPasswordGuard).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Skip migrating and seeding at start (a deploy step does it, or a test host's template is ready).</summary>
    public bool SkipDatabaseInitialization { get; set; }

    /// <summary>Lets Production start with demo passwords: only for the benchmark database (./build.sh bench).</summary>
    public bool AcceptDemoPasswords { get; set; }

    /// <summary>How many demo tickets to generate over the last 60 days.</summary>
    public int DemoTicketCount { get; set; } = 3000;

    /// <summary>Share of a clock's limit left at which it turns yellow (黄牌预警), 0–1.</summary>
    public double WarningShare { get; set; } = Domain.Deadlines.DeadlineWarning.DefaultYellowShare;

    /// <summary>Whether this node runs the deadline monitor (all nodes may: one leads each round).</summary>
    public bool MonitorEnabled { get; set; } = true;

    /// <summary>How often the deadline monitor looks for clocks to mark.</summary>
    public TimeSpan MonitorInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Most assignments the monitor marks in one round (the rest wait for the next).</summary>
    public int MonitorBatchSize { get; set; } = 500;

    /// <summary>How often the unit figures' delta rows are folded into their daily rows (docs/decisions/0023-unit-figure-rollups.md).</summary>
    public TimeSpan FigureFoldInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Failed callback attempts, on different days, after which a ticket closes as "citizen unreachable".</summary>
    public int CallbackMaxFailedAttempts { get; set; } = Domain.Tickets.CallbackRules.Default.MaxFailedAttempts;

    /// <summary>How long an agent's claim on a callback (正在回访) stands unless renewed, released or recorded.</summary>
    public TimeSpan CallbackClaimTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Share of direct answers (直办) picked for a sample callback, 0–1.</summary>
    public double DirectAnswerSampleShare { get; set; } = Domain.Tickets.CallbackSampling.DefaultShare;

    /// <summary>How long after closure a supervisor may still reopen a ticket.</summary>
    public int ReopenWindowDays { get; set; } = (int)Domain.Tickets.CallbackRules.Default.ReopenWindow.TotalDays;

    /// <summary>A ticket reopened more than this many times is flagged for supervisor attention.</summary>
    public int ReopenAttentionThreshold { get; set; } = 2;

    public Domain.Tickets.CallbackRules CallbackRules => new(CallbackMaxFailedAttempts, TimeSpan.FromDays(ReopenWindowDays));
}
