using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TrunkPortal.Data;

/// <summary>
/// Stores every DateTimeOffset as a UTC DateTime: SQLite can then compare and sort it in queries (it cannot
/// translate DateTimeOffset ordering), and PostgreSQL maps it to timestamptz unchanged.
/// </summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    v => v.UtcDateTime,
    v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
