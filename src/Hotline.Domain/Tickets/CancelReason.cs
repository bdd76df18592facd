namespace Hotline.Domain.Tickets;

/// <summary>Why a supervisor cancels (作废) a ticket; the free text says the rest. Stored on the cancel event (ticket_events.cancel_reason).</summary>
public enum CancelReason
{
    /// <summary>骚扰或恶意来电: nuisance or malicious calls with no real request.</summary>
    Nuisance = 1,

    /// <summary>重复工单，且没有可并入的主单 (a duplicate with a master is merged instead).</summary>
    Duplicate = 2,

    /// <summary>无实际诉求或信息不全，无法办理.</summary>
    NoRequest = 3,

    Other = 4,
}
