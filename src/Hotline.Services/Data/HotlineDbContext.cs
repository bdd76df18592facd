using Hotline.Domain.Calls;
using Hotline.Domain.Channels;
using Hotline.Domain.Classification;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Knowledge;
using Hotline.Domain.Notifications;
using Hotline.Domain.Telephony;
using Hotline.Domain.Tickets;
using Hotline.Domain.Units;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Data;

public sealed class HotlineDbContext(DbContextOptions<HotlineDbContext> options) : IdentityDbContext<HotlineUser>(options), IDataProtectionKeyContext
{
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketEvent> TicketEvents => Set<TicketEvent>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<Callback> Callbacks => Set<Callback>();
    public DbSet<Appeal> Appeals => Set<Appeal>();
    public DbSet<Services.Rankings.RankingVersion> RankingVersions => Set<Services.Rankings.RankingVersion>();
    public DbSet<Services.Rankings.RankingVersionRow> RankingVersionRows => Set<Services.Rankings.RankingVersionRow>();
    public DbSet<CallbackClaim> CallbackClaims => Set<CallbackClaim>();
    public DbSet<ExtensionRequest> ExtensionRequests => Set<ExtensionRequest>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Call> Calls => Set<Call>();
    public DbSet<Domain.Incidents.Incident> Incidents => Set<Domain.Incidents.Incident>();
    public DbSet<Domain.Incidents.IncidentCall> IncidentCalls => Set<Domain.Incidents.IncidentCall>();
    public DbSet<Domain.Incidents.IncidentCallback> IncidentCallbacks => Set<Domain.Incidents.IncidentCallback>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<KnowledgeArticle> KnowledgeArticles => Set<KnowledgeArticle>();
    public DbSet<KnowledgeArticleVersion> KnowledgeArticleVersions => Set<KnowledgeArticleVersion>();

    /// <summary>The append-only log of administration acts and failed sign-ins.</summary>
    public DbSet<Services.Audit.AuditEntry> AuditEntries => Set<Services.Audit.AuditEntry>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<DeadlinePolicy> DeadlinePolicies => Set<DeadlinePolicy>();

    public DbSet<ReviewPolicy> ReviewPolicies => Set<ReviewPolicy>();
    public DbSet<TicketDayCounter> TicketDayCounters => Set<TicketDayCounter>();
    public DbSet<HotlineSetting> Settings => Set<HotlineSetting>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    /// <summary>Every clock running now, one row each: the view running_clocks (docs/decisions/0018-one-running-clock.md).</summary>
    public DbSet<Services.Deadlines.TicketClock> RunningClocks => Set<Services.Deadlines.TicketClock>();

    /// <summary>The telephone platform's calls, folded from its events, the events themselves, and its agents' states.</summary>
    public DbSet<PhoneCall> PhoneCalls => Set<PhoneCall>();
    public DbSet<StoredCallEvent> TelephonyEvents => Set<StoredCallEvent>();
    public DbSet<AgentState> AgentStates => Set<AgentState>();

    /// <summary>Each ticket's holdings as last folded, for the per-unit measures (docs/decisions/0027-clock-per-holder.md).</summary>
    public DbSet<Services.Tickets.HoldingRow> Holdings => Set<Services.Tickets.HoldingRow>();

    /// <summary>Cookie and antiforgery keys, shared by every web node behind a load balancer.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Identity names its tables AspNet*; keep the whole schema snake_case.
        builder.Entity<HotlineUser>().ToTable("users");
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(HotlineDbContext).Assembly);
        builder.HasDbFunction(typeof(Services.Tickets.TicketTextSearch).GetMethod(nameof(Services.Tickets.TicketTextSearch.MayMatch))!)
            .HasName("hotline_text_may_match");
        builder.HasDbFunction(typeof(Services.Knowledge.ArticleSearch).GetMethod(nameof(Services.Knowledge.ArticleSearch.MayMatch))!)
            .HasName("hotline_article_may_match");
        builder.HasDbFunction(typeof(Services.Knowledge.ArticleSearch).GetMethod(nameof(Services.Knowledge.ArticleSearch.Hits))!)
            .HasName("hotline_gram_hits");
        builder.HasDbFunction(typeof(Services.Deadlines.TicketClock).GetMethod(nameof(Services.Deadlines.TicketClock.Warning))!)
            .HasName("hotline_clock_warning");
    }
}
