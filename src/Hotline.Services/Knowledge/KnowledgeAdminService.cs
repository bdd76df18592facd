using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Common;
using Hotline.Domain.Knowledge;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Knowledge;

/// <summary>
/// The administrator's knowledge base: articles with categories, keywords, validity and status. Every save of a text
/// keeps a numbered version; tickets answered from an article point at the version read out, so editing never changes
/// what a closed ticket was answered with.
/// </summary>
public sealed class KnowledgeAdminService(HotlineDbContext db, HotlineClock clock, AuditLog audit, IValidator<ArticleInput> validator, ILogger<KnowledgeAdminService> logger)
{
    public const int PageSize = 30;
    public const string NotFound = "Knowledge.Error.NotFound";

    public async Task<PagedList<ArticleRow>> ListAsync(ArticleFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var articles = db.KnowledgeArticles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = $"%{KnowledgeService.EscapeLike(filter.Text.Trim())}%";
            articles = articles.Where(a => EF.Functions.ILike(a.Title, pattern, KnowledgeService.LikeEscape) || EF.Functions.ILike(a.Keywords, pattern, KnowledgeService.LikeEscape));
        }

        if (filter.Status is { } status)
        {
            articles = articles.Where(a => a.Status == status);
        }

        if (filter.CategoryId is { } category)
        {
            articles = articles.Where(a => a.CategoryIds.Contains(category));
        }

        var page = Limits.ClampPage(filter.Page);
        var today = clock.LocalToday;
        var total = await articles.CountAsync(ct);
        var rows = await articles.OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new ArticleRow(a.Id, a.Title, a.Status, a.Version, a.ValidFrom, a.ValidUntil, a.UpdatedAt, a.UseCount,
                a.Status == ArticleStatus.Published && (a.ValidFrom == null || a.ValidFrom <= today) && (a.ValidUntil == null || a.ValidUntil >= today)))
            .ToListAsync(ct);
        return new PagedList<ArticleRow>(rows, page, PageSize, total);
    }

    public async Task<(ArticleInput Form, ArticleStatus Status)?> GetAsync(int id, CancellationToken ct = default)
    {
        var a = await db.KnowledgeArticles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return a is null ? null : (new ArticleInput
        {
            Id = a.Id,
            Title = a.Title,
            Body = a.Body,
            Keywords = a.Keywords,
            CategoryIds = [.. a.CategoryIds],
            ValidFrom = a.ValidFrom,
            ValidUntil = a.ValidUntil,
            Version = a.Version,
            Publish = a.Status == ArticleStatus.Published,
        }, a.Status);
    }

    /// <summary>The article's versions, newest first.</summary>
    public async Task<IReadOnlyList<ArticleVersionView>> VersionsAsync(int articleId, CancellationToken ct = default) =>
        await Views(db.KnowledgeArticleVersions.AsNoTracking().Where(v => v.ArticleId == articleId).OrderByDescending(v => v.Number)).ToListAsync(ct);

    public async Task<ArticleVersionView?> VersionAsync(int articleId, int number, CancellationToken ct = default) =>
        await Views(db.KnowledgeArticleVersions.AsNoTracking().Where(v => v.ArticleId == articleId && v.Number == number)).FirstOrDefaultAsync(ct);

    public async Task<ServiceResult<int>> SaveAsync(ArticleInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Role.Admin))
        {
            return ServiceResult<int>.Fail(string.Empty, ServiceError.AdminOnly);
        }

        var shape = await validator.ValidateAsync(input, ct);
        if (!shape.IsValid)
        {
            return ServiceResult<int>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        var categoryIds = input.CategoryIds.Distinct().ToArray();
        if (await db.Categories.CountAsync(c => categoryIds.Contains(c.Id), ct) != categoryIds.Length)
        {
            return ServiceResult<int>.Fail(nameof(ArticleInput.CategoryIds), "Validation.Category.Required");
        }

        var content = new ArticleContent(input.Title!.Trim(), input.Body!.Trim(), Words(input.Keywords), categoryIds, input.ValidFrom, input.ValidUntil);
        var now = clock.UtcNow;
        KnowledgeArticle article;
        ArticleSnapshot? before = null;
        if (input.Id is null)
        {
            article = new KnowledgeArticle(content, input.Publish, actor.DisplayName, now);
            db.KnowledgeArticles.Add(article);
        }
        else
        {
            var found = await db.KnowledgeArticles.SingleOrDefaultAsync(a => a.Id == input.Id, ct);
            if (found is null)
            {
                return ServiceResult<int>.Fail(string.Empty, NotFound);
            }

            article = found;
            // Compare with the version the administrator read, not the one just loaded.
            db.Entry(article).Property(a => a.Version).OriginalValue = input.Version;
            before = ArticleSnapshot.Of(article);
            try
            {
                if (!article.Revise(content, input.Publish, actor.DisplayName, now))
                {
                    return ServiceResult<int>.Ok(article.Id);
                }
            }
            catch (DomainRuleException ex)
            {
                db.ChangeTracker.Clear();
                return ServiceResult<int>.Fail(string.Empty, ex.Code);
            }
        }

        audit.Record(actor, AuditAreas.Article, input.Id is null ? AuditActions.Create : AuditActions.Update, article.Title, before, ArticleSnapshot.Of(article));
        return await TrySaveAsync(article, actor, ct);
    }

    public Task<ServiceResult<int>> RetireAsync(int id, Actor actor, CancellationToken ct = default) =>
        ActAsync(id, actor, AuditActions.Retire, a => a.Retire(clock.UtcNow), ct);

    public Task<ServiceResult<int>> RestoreAsync(int id, Actor actor, CancellationToken ct = default) =>
        ActAsync(id, actor, AuditActions.Restore, a => a.Restore(clock.UtcNow), ct);

    private async Task<ServiceResult<int>> ActAsync(int id, Actor actor, string action, Action<KnowledgeArticle> act, CancellationToken ct)
    {
        if (!actor.Has(Role.Admin))
        {
            return ServiceResult<int>.Fail(string.Empty, ServiceError.AdminOnly);
        }

        var article = await db.KnowledgeArticles.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return ServiceResult<int>.Fail(string.Empty, NotFound);
        }

        var before = ArticleSnapshot.Of(article);
        act(article);
        audit.Record(actor, AuditAreas.Article, action, article.Title, before, ArticleSnapshot.Of(article));
        return await TrySaveAsync(article, actor, ct);
    }

    private async Task<ServiceResult<int>> TrySaveAsync(KnowledgeArticle article, Actor actor, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<int>.Fail(string.Empty, ServiceError.Concurrency);
        }

        logger.LogInformation("Article {ArticleId} saved by {UserId}: version {Version}, {Status}", article.Id, actor.UserId, article.Version, article.Status);
        return ServiceResult<int>.Ok(article.Id);
    }

    private static string Words(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct());

    private static IQueryable<ArticleVersionView> Views(IQueryable<KnowledgeArticleVersion> versions) =>
        versions.Select(v => new ArticleVersionView(v.ArticleId, v.Number, v.Title, v.Body, v.Keywords, v.ValidFrom, v.ValidUntil, v.SavedBy, v.SavedAt));
}
