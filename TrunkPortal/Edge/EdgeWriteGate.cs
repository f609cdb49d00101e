namespace TrunkPortal.Edge;

/// <summary>
/// One writer to the edges at a time in this process: the provisioner's applies and a reconciliation's
/// read-the-portal-then-write-the-edge must not interleave, or a reconciliation that read the trunks before a
/// create could delete what the create just wrote. (Several portal instances will need a database lease.)
/// </summary>
internal sealed class EdgeWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Release(_gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
