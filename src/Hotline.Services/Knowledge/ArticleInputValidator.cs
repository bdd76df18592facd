using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Knowledge;

public sealed class ArticleInputValidator : AbstractValidator<ArticleInput>
{
    public ArticleInputValidator()
    {
        RuleFor(x => x.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Knowledge.Validation.Title.Required")
            .MaximumLength(Limits.ArticleTitleMax).WithMessage("Knowledge.Validation.Title.TooLong");
        RuleFor(x => x.Body).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Knowledge.Validation.Body.Required")
            .MaximumLength(Limits.ArticleBodyMax).WithMessage("Knowledge.Validation.Body.TooLong");
        RuleFor(x => x.Keywords).MaximumLength(Limits.KeywordsMax).WithMessage("Categories.Validation.Keywords.TooLong");
        RuleFor(x => x.ValidUntil).GreaterThanOrEqualTo(x => x.ValidFrom).WithMessage("Knowledge.Validation.ValidUntil.BeforeFrom")
            .When(x => x.ValidFrom is not null && x.ValidUntil is not null);
    }
}
