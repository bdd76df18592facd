using FluentValidation;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Workbench;

/// <summary>Photos and PDFs up to 10 MB, judged by the name's extension and by the bytes themselves.</summary>
public sealed class UploadInputValidator : AbstractValidator<UploadInput>
{
    public const int FileNameMax = 200;

    public UploadInputValidator()
    {
        RuleFor(x => x.Content).NotEmpty().WithMessage("Workbench.Validation.File.Required")
            .Must(c => c.LongLength <= Attachment.MaxBytes).WithMessage("Workbench.Validation.File.TooLarge");
        RuleFor(x => x.FileName).NotEmpty().WithMessage("Workbench.Validation.File.Required")
            .MaximumLength(FileNameMax).WithMessage("Workbench.Validation.File.NameTooLong")
            .Must((x, name) => ContentTypeOf(name, x.Content) is not null).When(x => x.Content.Length > 0)
            .WithMessage("Workbench.Validation.File.Type");
    }

    /// <summary>The content type when the extension is allowed and the bytes are what it claims, else null.</summary>
    public static string? ContentTypeOf(string? fileName, byte[] content) =>
        Attachment.AllowedTypes.TryGetValue(Path.GetExtension(fileName ?? string.Empty), out var declared)
            && FileSignature.Sniff(content) == declared
            ? declared
            : null;
}
