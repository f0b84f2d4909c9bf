// IInfoProvider<T> reads and writes as in Kentico/xperience-by-kentico-training-guides
// ProductStockCreationService.cs. Behaviour: sandbox/src/kentico/refund-store.ts.
using System.Text.Json;

using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Bridge.Refunds;

/// <summary>The extension's refund table and its contract form (lines are stored as the contract's JSON).</summary>
public sealed class RefundStore(IInfoProvider<RefundInfo> refunds)
{
    public Task<RefundInfo?> ByGuid(Guid refundGuid, CancellationToken cancellationToken) =>
        One(nameof(RefundInfo.RefundGUID), refundGuid, cancellationToken);

    /// <summary>A Brightpearl credit belongs to at most one refund.</summary>
    public Task<RefundInfo?> ByCreditId(int creditId, CancellationToken cancellationToken) =>
        One(nameof(RefundInfo.RefundSalesCreditID), creditId, cancellationToken);

    public Task Save(RefundInfo refund, CancellationToken cancellationToken) => refunds.SetAsync(refund, cancellationToken);

    public static KenticoRefund ToWire(RefundInfo refund) => new()
    {
        RefundGUID = refund.RefundGUID,
        OrderGUID = refund.RefundOrderGUID,
        RefundCreatedWhen = WireTime.ToWire(refund.RefundCreatedWhen),
        RefundReason = refund.RefundReason,
        Lines = JsonSerializer.Deserialize<List<KenticoRefundLine>>(refund.RefundLines, BridgeJson.Options) ?? [],
        ExtraAmount = refund.RefundExtraAmount,
        ExtraTax = refund.RefundExtraTax,
        RefundTotal = refund.RefundTotal,
        BpcSalesCreditID = refund.RefundSalesCreditID,
        Origin = refund.RefundOrigin,
    };

    public static string LinesJson(IReadOnlyList<KenticoRefundLine> lines) => JsonSerializer.Serialize(lines, BridgeJson.Options);

    private async Task<RefundInfo?> One(string column, object value, CancellationToken cancellationToken) =>
        (await refunds.Get()
            .WhereEquals(column, value)
            .TopN(1)
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
            .FirstOrDefault();
}
