using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace TrunkPortal.Tests.Components;

/// <summary>
/// bUnit base for MudBlazor components. xunit v2 disposes synchronously, but MudBlazor's services are only
/// IAsyncDisposable, so disposal goes through IAsyncLifetime (stack.md pitfall 1).
/// </summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
