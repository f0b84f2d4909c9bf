// Mirrors Kentico/xperience-by-kentico-lucene src/Kentico.Xperience.Lucene.Core/Indexing/
// LuceneAutomaticReindexingBackgroundService.cs and Kentico/community-portal .../Support/
// SupportRequestProcessorBackgroundService.cs: an ApplicationLifecycleBackgroundService (starts once Xperience is
// initialised) looping on a PeriodicTimer, registered with AddHostedService.
using CMS.Core;
using CMS.DataEngine;

using Microsoft.Extensions.Logging;

namespace BrightpearlConnect.Admin.Events;

/// <summary>
/// Drains the outbox every two seconds. A hosted service rather than the CRM integration's ThreadQueueWorker
/// (kicked from RequestEvents.RunEndRequestTasks): delivery must not depend on the site receiving requests, and
/// the queue lives in the database, not in memory. Several instances of the site may run it at once; a double
/// delivery is harmless because the companion deduplicates by eventId.
/// </summary>
internal sealed class OutboxDeliveryService(OutboxSender sender, ILogger<OutboxDeliveryService> logger)
    : ApplicationLifecycleBackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteInternal(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (!stoppingToken.IsCancellationRequested && await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                while (await sender.DeliverDue(stoppingToken))
                {
                    // A full batch: more may be due, no need to wait for the next tick.
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // A database hiccup must not stop delivery for good; the next tick tries again.
                logger.LogError(error, "Outbox delivery failed; retrying on the next tick");
            }
        }
    }
}
