// IHttpClientFactory as in Kentico/community-portal src/Kentico.Community.Portal.Web/Features/Support/
// SupportRequestProcessorBackgroundService.cs; the due-items query as in Kentico/xperience-by-kentico-crm
// FailedSyncItemService.GetFailedSyncItemsToReSync (WhereLessOrEquals(next time, now).OrderBy(...)).
using System.Net.Http;
using System.Text;
using System.Text.Json;

using BrightpearlConnect.Admin.Bridge;
using BrightpearlConnect.Admin.Configuration;
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;
using BrightpearlConnect.Admin.Security;

using CMS.DataEngine;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrightpearlConnect.Admin.Events;

/// <summary>
/// Posts due outbox events to the companion's POST /webhooks/kentico, signed afresh on every attempt (a retry
/// hours later must not carry a stale timestamp), and records the outcome on the row.
/// </summary>
internal sealed class OutboxSender(
    IInfoProvider<OutboxEventInfo> provider,
    IHttpClientFactory httpClientFactory,
    IOptions<BrightpearlConnectOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger)
{
    public const string HTTP_CLIENT = "BrightpearlConnect.Companion";

    /// <summary>The companion's event intake (companion-service/src/kentico/event-route.ts).</summary>
    private const string EVENTS_PATH = "/webhooks/kentico";

    private const int BATCH_SIZE = 50;

    /// <summary>
    /// Events of one batch posted at once: one at a time, a sender waits a commit per event (about 10 ms), which
    /// caps a store at ~100 events/s; the companion commits concurrent events together (ADR 23). Order between
    /// events does not matter: each is only a hint, the companion re-reads the record and deduplicates by eventId.
    /// </summary>
    private const int PARALLEL_POSTS = 8;

    /// <summary>Delivers one batch of due events, oldest first; true when a full batch was found (more may wait).</summary>
    public async Task<bool> DeliverDue(CancellationToken cancellationToken)
    {
        var due = (await provider.Get()
            .WhereNull(nameof(OutboxEventInfo.OutboxEventSentWhen))
            .WhereLessOrEquals(nameof(OutboxEventInfo.OutboxEventNextAttemptWhen), WireTime.ServerNow(clock))
            .OrderBy(nameof(OutboxEventInfo.OutboxEventID))
            .TopN(BATCH_SIZE)
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken)).ToList();
        var statuses = new int?[due.Count];
        var unreachable = false;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, due.Count),
            new ParallelOptions { MaxDegreeOfParallelism = PARALLEL_POSTS, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                // Unreachable: the rest of the batch keeps its schedule instead of timing out one by one.
                if (Volatile.Read(ref unreachable))
                {
                    statuses[index] = NOT_POSTED;
                    return;
                }
                statuses[index] = await Post(due[index], token);
                if (statuses[index] is null)
                {
                    Volatile.Write(ref unreachable, true);
                }
            });
        // Outcomes are written one by one, after the posts: the rows are saved from this thread only.
        for (var index = 0; index < due.Count; index++)
        {
            if (statuses[index] != NOT_POSTED)
            {
                await Record(due[index], statuses[index], cancellationToken);
            }
        }
        return !unreachable && due.Count == BATCH_SIZE;
    }

    /// <summary>Marks an event skipped because the companion was found unreachable: its row is left as it was.</summary>
    private const int NOT_POSTED = -1;

    /// <summary>The HTTP status, or null when the companion could not be reached.</summary>
    private async Task<int?> Post(OutboxEventInfo row, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(ToEvent(row), BridgeJson.Options);
        var timestamp = HmacSignature.NowTimestamp(clock);
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.CompanionUrl.TrimEnd('/') + EVENTS_PATH)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(HmacSignature.TIMESTAMP_HEADER, timestamp);
        request.Headers.Add(HmacSignature.SIGNATURE_HEADER,
            HmacSignature.Sign(options.Value.EventSigningSecret, HmacSignature.EventPayload(timestamp, body)));
        try
        {
            using var response = await httpClientFactory.CreateClient(HTTP_CLIENT).SendAsync(request, cancellationToken);
            return (int)response.StatusCode;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Companion unreachable for event {EventId}: {Reason}", row.OutboxEventGUID, error.Message);
            return null;
        }
    }

    private Task Record(OutboxEventInfo row, int? status, CancellationToken cancellationToken)
    {
        var now = WireTime.ServerNow(clock);
        if (status is >= 200 and < 300)
        {
            row.OutboxEventSentWhen = now;
            row.OutboxEventNextAttemptWhen = null;
        }
        else if (status is { } refused && RetrySchedule.IsPermanent(refused))
        {
            logger.LogError("Companion refused event {EventId} ({Type}) with {Status}; parked", row.OutboxEventGUID, row.OutboxEventType, refused);
            row.OutboxEventLastError = $"HTTP {refused}: refused, not retried";
            row.OutboxEventNextAttemptWhen = null;
        }
        else
        {
            row.OutboxEventAttempts += 1;
            row.OutboxEventLastError = status is null ? "companion unreachable" : $"HTTP {status}";
            row.OutboxEventNextAttemptWhen = now + RetrySchedule.DelayAfter(row.OutboxEventAttempts);
        }
        return provider.SetAsync(row, cancellationToken);
    }

    private static KenticoEvent ToEvent(OutboxEventInfo row) => new()
    {
        EventId = row.OutboxEventGUID,
        Type = row.OutboxEventType,
        ObjectGuid = row.OutboxEventObjectGUID,
        OccurredAt = WireTime.ToWire(row.OutboxEventOccurredWhen),
    };
}
