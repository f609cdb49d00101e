namespace TrunkPortal.Domain.Trunks;

/// <summary>A <see cref="TrunkFieldInfo"/> with its value slot; <typeparamref name="T"/> is nullable, null meaning "not given".</summary>
public sealed record TrunkFieldInfo<T> : TrunkFieldInfo
{
    /// <summary>The request's value (the input side).</summary>
    public required Func<TrunkRequest, T> Get { get; init; }

    /// <summary>Writes the request's value (the input side).</summary>
    public required Action<TrunkRequest, T> Set { get; init; }

    /// <summary>The stored trunk's value (the read-model side, kept apart from <see cref="Get"/>).</summary>
    public required Func<TrunkSettings, T> Read { get; init; }

    /// <summary>The settings with the field's value replaced (the read-model side's writer; lists are copied).</summary>
    public required Func<TrunkSettings, T, TrunkSettings> Store { get; init; }

    /// <summary>Whether a request gives the field; not null unless said otherwise.</summary>
    public Func<TrunkRequest, bool>? Given { get; init; }

    /// <summary>The value an omitted field takes (API default or product choice); null for none.</summary>
    public Func<T>? Default { get; init; }

    public override object? GetValue(TrunkRequest request) => Get(request);

    public override void SetValue(TrunkRequest request, object? value) => Set(request, (T)value!);

    public override bool IsGiven(TrunkRequest request) => Given?.Invoke(request) ?? Get(request) is not null;

    public override bool IsBlank(TrunkRequest request) => Get(request) switch
    {
        null => true,
        string text => string.IsNullOrWhiteSpace(text),
        _ => false,
    };

    public override void Clear(TrunkRequest request) => Set(request, default!);

    public override void ApplyDefault(TrunkRequest request)
    {
        if (Default is not null && AppliesTo(request.Kind) && Get(request) is null)
        {
            Set(request, Default());
        }
    }

    public override TrunkSettings StoreFrom(TrunkRequest request, TrunkSettings into) => Store(into, Get(request));

    public override void CopyStored(TrunkRequest update, TrunkSettings stored) => Set(update, Read(stored));

    public override void KeepStoredWhenOmitted(TrunkRequest update, TrunkSettings stored)
    {
        if (Get(update) is null)
        {
            Set(update, Read(stored));
        }
    }

    public override bool Changes(TrunkSettings stored, TrunkRequest update, out object? before)
    {
        var storedValue = Read(stored);
        before = storedValue;
        var after = Get(update);
        return after is not null && !EqualityComparer<T>.Default.Equals(storedValue, after);
    }
}
