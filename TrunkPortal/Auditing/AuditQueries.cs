using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TrunkPortal.Data;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Auditing;

/// <summary>Reads the audit log: a page for the screen, every matching entry as CSV for export.</summary>
public sealed class AuditQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<(IReadOnlyList<AuditEntry> Items, int Total)> PageAsync(AuditFilter filter, int page, int size, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = Apply(db.Set<AuditEntry>().AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(PageWindow.Of(page, size).Skip).Take(size).ToListAsync(cancellationToken);
        return (items, total);
    }

    public async Task<string> ExportCsvAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var csv = new StringBuilder("at,account,actor_kind,actor,ip,action,trunk_id,trunk,field,old,new\n");
        await foreach (var e in Apply(db.Set<AuditEntry>().AsNoTracking(), filter).OrderBy(e => e.At).ThenBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var prefix = string.Join(',',
                Csv(e.At.ToString("O", CultureInfo.InvariantCulture)), Csv(e.AccountId.ToString()), Csv(e.ActorKind.ToString()),
                Csv(e.ActorName), Csv(e.IpAddress), Csv(e.Action), Csv(e.TrunkId?.ToString()), Csv(e.TrunkName));
            if (e.Changes.Count == 0)
            {
                csv.Append(prefix).Append(",,,\n");
            }
            foreach (var change in e.Changes)
            {
                csv.Append(prefix).Append(',').Append(Csv(change.Field)).Append(',').Append(Csv(change.Old)).Append(',').Append(Csv(change.New)).Append('\n');
            }
        }
        return csv.ToString();
    }

    private static IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> query, AuditFilter filter)
    {
        if (filter.AccountId is { } account)
        {
            query = query.Where(e => e.AccountId == account);
        }
        if (filter.TrunkId is { } trunk)
        {
            query = query.Where(e => e.TrunkId == trunk);
        }
        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            // A name ignores case (a range of the actor key, the same on both providers); an id is an exact prefix.
            var person = filter.Person.Trim();
            if (TrunkNames.PrefixRange(person) is { } range)
            {
                var (low, high) = range;
                query = query.Where(e => (string.Compare(e.ActorKey, low) >= 0 && string.Compare(e.ActorKey, high) < 0) || e.ActorId.StartsWith(person));
            }
            else
            {
                var key = TrunkNames.Key(person);
                query = query.Where(e => e.ActorKey!.StartsWith(key) || e.ActorId.StartsWith(person));
            }
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.At < end);
        }
        return query;
    }

    /// <summary>RFC 4180 quoting, and a leading quote for values a spreadsheet would run as a formula.</summary>
    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
