using FluentValidation;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Workbench;

/// <summary>Photos and PDFs up to 10 MB, judged by the (cleaned) name's extension and by the bytes' structure (<see cref="FileSignature"/>).</summary>
public sealed class UploadInputValidator : AbstractValidator<UploadInput>
{
    public const int FileNameMax = 200;

    public UploadInputValidator()
    {
        RuleFor(x => x.Content).NotEmpty().WithMessage("Workbench.Validation.File.Required")
            .Must(c => c.LongLength <= Attachment.MaxBytes).WithMessage("Workbench.Validation.File.TooLarge");
        RuleFor(x => Attachment.CleanFileName(x.FileName)).NotEmpty().WithMessage("Workbench.Validation.File.Required")
            .MaximumLength(FileNameMax).WithMessage("Workbench.Validation.File.NameTooLong")
            .Must((x, name) => ContentTypeOf(name, x.Content) is not null).When(x => x.Content.Length > 0 && x.Content.LongLength <= Attachment.MaxBytes)
            .WithMessage("Workbench.Validation.File.Type")
            .OverridePropertyName(nameof(UploadInput.FileName));
    }

    /// <summary>The content type when the (cleaned) name's extension is allowed and the bytes are a well-formed file of it, else null.</summary>
    public static string? ContentTypeOf(string? fileName, byte[] content) =>
        Attachment.AllowedTypes.TryGetValue(Path.GetExtension(Attachment.CleanFileName(fileName)), out var declared)
            && FileSignature.Sniff(content) == declared
            ? declared
            : null;
}
