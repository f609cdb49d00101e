using FluentValidation;

namespace TrunkPortal.Components.Shared;

/// <summary>
/// Lets a MudForm validate each field with a domain validator, so the UI never re-implements a rule:
/// <c>&lt;MudForm Model="x" Validation="@FluentValidationAdapter.ForForm(validator)"&gt;</c>.
/// </summary>
public static class FluentValidationAdapter
{
    /// <summary>The MudForm <c>Validation</c> function: runs only the rules of the field being checked.</summary>
    public static Func<object, string, Task<IEnumerable<string>>> ForForm<T>(IValidator<T> validator) =>
        async (model, propertyName) =>
        {
            if (model is not T typed)
            {
                return [];
            }

            var result = await validator.ValidateAsync(
                ValidationContext<T>.CreateWithOptions(typed, options => options.IncludeProperties(propertyName)));
            return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage).ToArray();
        };
}
