using System.Globalization;
using TrunkPortal.Api.Errors;

namespace TrunkPortal.Api.Trunks;

/// <summary>The reference's paging parameters: page ≥ 0 (default 0), size 1-100 (default 20).</summary>
public sealed record Paging(int Page, int Size)
{
    public const int DefaultSize = 20;

    public const int MaxSize = 100;

    public static (Paging? Paging, ApiProblem? Problem) Parse(string? page, string? size)
    {
        var errors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var pageNumber = 0;
        var pageSize = DefaultSize;
        if (page is not null && (!int.TryParse(page, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 0))
        {
            errors["page"] = [$"page must be a whole number, 0 or more (the first page is 0); '{page}' was sent."];
        }

        if (size is not null && (!int.TryParse(size, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxSize))
        {
            errors["size"] = [$"size must be a whole number from 1 to {MaxSize}; '{size}' was sent."];
        }

        return errors.Count > 0 ? (null, ApiProblem.BadRequest("Request is invalid.", errors)) : (new Paging(pageNumber, pageSize), null);
    }
}
