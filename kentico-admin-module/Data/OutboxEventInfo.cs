// Shape mirrors Kentico/xperience-by-kentico-training-guides
// src/TrainingGuides.Entities/Classes/ProductAvailableStock/ProductAvailableStockInfo.generated.cs
// (AbstractInfo over IInfoProvider<T>, RegisterObjectType); the table is created by BrightpearlConnectModuleInstaller.
using System.Data;

using BrightpearlConnect.Admin.Data;

using CMS;
using CMS.DataEngine;
using CMS.Helpers;

[assembly: RegisterObjectType(typeof(OutboxEventInfo), OutboxEventInfo.OBJECT_TYPE)]

namespace BrightpearlConnect.Admin.Data;

/// <summary>
/// A thin event on its way to the companion. Written by the object-event handlers inside the saving transaction and
/// delivered later by OutboxDeliveryService, so a slow or absent companion never slows a checkout. Like the
/// CRM integration's failed items: NextAttemptWhen null and SentWhen null means parked (the companion refused it).
/// </summary>
public partial class OutboxEventInfo : AbstractInfo<OutboxEventInfo, IInfoProvider<OutboxEventInfo>>, IInfoWithId, IInfoWithGuid
{
    public const string OBJECT_TYPE = "bpconnect.outboxevent";

    public static readonly ObjectTypeInfo TYPEINFO = new(
        typeof(IInfoProvider<OutboxEventInfo>), OBJECT_TYPE, "BpConnect.OutboxEvent", nameof(OutboxEventID), null, nameof(OutboxEventGUID), null, null, null, null, null)
    {
        TouchCacheDependencies = true,
    };

    /// <summary>The columns after the primary key, for the installer.</summary>
    internal static readonly ColumnDefinition[] COLUMNS =
    [
        ColumnDefinition.Guid(nameof(OutboxEventGUID)),
        ColumnDefinition.Text(nameof(OutboxEventType), 50),
        ColumnDefinition.Guid(nameof(OutboxEventObjectGUID)),
        ColumnDefinition.DateTime(nameof(OutboxEventOccurredWhen)),
        ColumnDefinition.Integer(nameof(OutboxEventAttempts)),
        ColumnDefinition.DateTime(nameof(OutboxEventNextAttemptWhen), allowEmpty: true),
        ColumnDefinition.Text(nameof(OutboxEventLastError), 1000, allowEmpty: true),
        ColumnDefinition.DateTime(nameof(OutboxEventSentWhen), allowEmpty: true),
    ];

    /// <summary>Primary key.</summary>
    [DatabaseField]
    public virtual int OutboxEventID
    {
        get => ValidationHelper.GetInteger(GetValue(nameof(OutboxEventID)), 0);
        set => SetValue(nameof(OutboxEventID), value);
    }

    /// <summary>The eventId: the companion deduplicates on it, so a redelivery is harmless.</summary>
    [DatabaseField]
    public virtual Guid OutboxEventGUID
    {
        get => ValidationHelper.GetGuid(GetValue(nameof(OutboxEventGUID)), Guid.Empty);
        set => SetValue(nameof(OutboxEventGUID), value);
    }

    /// <summary>KenticoEventTypes value, e.g. order.created.</summary>
    [DatabaseField]
    public virtual string OutboxEventType
    {
        get => ValidationHelper.GetString(GetValue(nameof(OutboxEventType)), string.Empty);
        set => SetValue(nameof(OutboxEventType), value);
    }

    /// <summary>GUID of the order, customer, refund or product.</summary>
    [DatabaseField]
    public virtual Guid OutboxEventObjectGUID
    {
        get => ValidationHelper.GetGuid(GetValue(nameof(OutboxEventObjectGUID)), Guid.Empty);
        set => SetValue(nameof(OutboxEventObjectGUID), value);
    }

    /// <summary>When the change happened.</summary>
    [DatabaseField]
    public virtual DateTime OutboxEventOccurredWhen
    {
        get => ValidationHelper.GetDateTime(GetValue(nameof(OutboxEventOccurredWhen)), DateTimeHelper.ZERO_TIME);
        set => SetValue(nameof(OutboxEventOccurredWhen), value);
    }

    /// <summary>Failed deliveries so far.</summary>
    [DatabaseField]
    public virtual int OutboxEventAttempts
    {
        get => ValidationHelper.GetInteger(GetValue(nameof(OutboxEventAttempts)), 0);
        set => SetValue(nameof(OutboxEventAttempts), value);
    }

    /// <summary>When to try next; null once sent or parked.</summary>
    [DatabaseField]
    public virtual DateTime? OutboxEventNextAttemptWhen
    {
        get => InfoValues.NullableDateTime(this, nameof(OutboxEventNextAttemptWhen));
        set => SetValue(nameof(OutboxEventNextAttemptWhen), value);
    }

    /// <summary>Why the last delivery failed (status and a short body, never a secret).</summary>
    [DatabaseField]
    public virtual string? OutboxEventLastError
    {
        get => InfoValues.NullableString(this, nameof(OutboxEventLastError));
        set => SetValue(nameof(OutboxEventLastError), value);
    }

    /// <summary>When the companion accepted it.</summary>
    [DatabaseField]
    public virtual DateTime? OutboxEventSentWhen
    {
        get => InfoValues.NullableDateTime(this, nameof(OutboxEventSentWhen));
        set => SetValue(nameof(OutboxEventSentWhen), value);
    }

    protected override void DeleteObject() => Provider.Delete(this);

    protected override void SetObject() => Provider.Set(this);

    public OutboxEventInfo() : base(TYPEINFO)
    {
    }

    public OutboxEventInfo(DataRow dr) : base(TYPEINFO, dr)
    {
    }
}
