using FluentValidation;
using Hotline.Domain.Common;

namespace Hotline.Services.Categories;

public sealed class CategoryInputValidator : AbstractValidator<CategoryInput>
{
    public CategoryInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Categories.Validation.Code.Required")
            .MaximumLength(Limits.CodeMax).WithMessage("Categories.Validation.Code.Invalid")
            .Matches("^[a-z0-9][a-z0-9-]*$").WithMessage("Categories.Validation.Code.Invalid")
            .When(x => x.Id is null);
        RuleFor(x => x.NameZh).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Categories.Validation.Name.Required")
            .MaximumLength(Limits.CategoryNameMax).WithMessage("Categories.Validation.Name.TooLong");
        RuleFor(x => x.NameEn).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Categories.Validation.Name.Required")
            .MaximumLength(Limits.CategoryNameMax).WithMessage("Categories.Validation.Name.TooLong");
        RuleFor(x => x.Keywords).MaximumLength(Limits.KeywordsMax).WithMessage("Categories.Validation.Keywords.TooLong");
    }
}
