namespace TrunkPortal.Data;

/// <summary>
/// The rows of page <c>page</c> of size <c>size</c>, computed without overflow: <c>page * size</c> past 2^31 rows is past
/// the end of any table, so that page is empty instead of wrapping round to another page's rows. Every paged read
/// (the API's lists, the support search, the audit log, service addresses) takes its offset from here.
/// </summary>
public readonly record struct PageWindow(int Skip, int Take)
{
    public static PageWindow Of(int page, int size)
    {
        var take = Math.Max(0, size);
        return new PageWindow((int)Math.Min((long)Math.Max(0, page) * take, int.MaxValue), take);
    }

    /// <summary>The offset just past this page: the rows of every page up to and including this one.</summary>
    public int End => (int)Math.Min((long)Skip + Take, int.MaxValue);
}
