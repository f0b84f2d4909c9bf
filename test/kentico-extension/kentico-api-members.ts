// Every Kentico API member the C# glue uses, as `[name in the guide's table, text in the C#]`.
// kentico-api-table.test.ts fails when one is missing from the table in docs/kentico-extension.md
// ("Kentico APIs the glue uses") or no longer in the C#, so the list, the code and the guide move
// together. Add a line here when the C# starts using a Kentico API; the Info-class and attribute
// checks in the test catch most additions that forget to.

type Member = readonly [tableName: string, inCode: string | RegExp];

/** Names that are spelled the same in the table and in the code. */
const same = (...names: string[]): Member[] => names.map((name) => [name, name] as const);

const MODULE_AND_DATA: Member[] = [
  ['[assembly: RegisterModule]', '[assembly: RegisterModule('],
  ['AdminModule', ': AdminModule'],
  ['OnInit(ModuleInitParameters)', 'OnInit(ModuleInitParameters'],
  ['ModuleInitParameters.Services', 'parameters.Services'],
  ...same('RegisterClientModule', 'ApplicationEvents.Initialized', 'IInfoWithId', 'IInfoWithGuid'),
  ['[assembly: RegisterObjectType]', '[assembly: RegisterObjectType('],
  ['AbstractInfo<TInfo, IInfoProvider<TInfo>>', ': AbstractInfo<'],
  ...same('ObjectTypeInfo', 'TouchCacheDependencies', '[DatabaseField]', 'GetValue', 'SetValue'),
  ['Provider', 'Provider.Set(this)'],
  ...same('DeleteObject', 'SetObject', 'ValidationHelper.GetInteger'),
  ['GetGuid', 'ValidationHelper.GetGuid'],
  ['GetString', 'ValidationHelper.GetString'],
  ['GetDecimal', 'ValidationHelper.GetDecimal'],
  ...same(
    'ValidationHelper.GetDateTime',
    'DateTimeHelper.ZERO_TIME',
    'ValidationHelper.GetBoolean',
  ),
  ...same('BaseInfo', 'ResourceInfo', 'ResourceName', 'ResourceDisplayName', 'ResourceDescription'),
  ...same('ResourceIsInDevelopment', 'ResourceID', 'HasChanged', 'DataClassInfo.New'),
  ['IInfoProvider<ResourceInfo>.Get(name)', 'resourceProvider.Get('],
  ...same('DataClassInfoProvider.GetDataClassInfo', 'ClassName', 'ClassTableName'),
  ...same('ClassDisplayName', 'ClassResourceID', 'ObjectClassName', 'ClassType.OTHER'),
  ['ObjectTypeInfo.ObjectType', 'TypeInfo.ObjectType'],
  ['ObjectTypeInfo.IDColumn', 'TypeInfo.IDColumn'],
  ...same('FormHelper.GetBasicFormDefinition', 'FormFieldInfo', 'AddFormItem', 'CombineWithForm'),
  ['FormFieldInfo.AllowEmpty', 'AllowEmpty ='],
  ['FormFieldInfo.DataType', 'DataType ='],
  ...same('"longtext"', '"decimal"', 'GetXmlDefinition', 'ClassFormDefinition', 'ClassID'),
  ['FormInfo(string)', 'new FormInfo('],
  ...same('DataClassInfoProvider.SetDataClassInfo'),
];

const QUERIES_AND_EVENTS: Member[] = [
  ['IInfoProvider<T>', 'IInfoProvider<'],
  ['IInfoProvider<T>.Get()', '.Get()'],
  ['ObjectQuery<T>', 'ObjectQuery<'],
  ...same('WhereEquals', 'WhereIn', 'WhereNull', 'WhereLessOrEquals', 'WhereGreaterOrEquals'),
  ...same('WhereGreaterThan', 'TopN', 'GetEnumerableTypedResultAsync', 'GetCountAsync'),
  ['Columns(a, b, …)', '.Columns('],
  ['OrderBy(column)', '.OrderBy(nameof'],
  ['OrderBy(column1, column2)', /\.OrderBy\(nameof\([^)]*\), nameof/],
  ['.TopN(1).FirstOrDefault()', /\.TopN\(1\)\s*\.FirstOrDefault\(\)/],
  ['IInfoProvider<T>.Get(id)', /[pP]rovider\.Get\(\w/],
  ['IInfoProvider<T>.GetAsync(id, cancellationToken)', '.GetAsync('],
  ['IInfoProvider<T>.Set', /\.Set\(\w+\)/],
  ['IInfoProvider<T>.SetAsync(info, cancellationToken)', '.SetAsync('],
  ['CMSTransactionScope', 'new CMSTransactionScope()'],
  ['Commit', 'scope.Commit()'],
  ['IInfoObjectEventHandler<TEvent>', 'IInfoObjectEventHandler<'],
  ['InfoObjectBeforeUpdateEvent<T>', 'InfoObjectBeforeUpdateEvent<'],
  ['InfoObjectAfterInsertEvent<T>', 'InfoObjectAfterInsertEvent<'],
  ['Handle', 'public void Handle('],
  ['HandleAsync', 'Task HandleAsync('],
  ['InfoObject', 'infoObjectEvent.InfoObject'],
  ['AddInfoObjectEventHandler<TEvent, THandler>', '.AddInfoObjectEventHandler<'],
  ...same('ChangedColumns()', 'ApplicationLifecycleBackgroundService', 'ExecuteInternal'),
];

const COMMERCE: Member[] = [
  ...same('OrderID', 'OrderGUID', 'OrderNumber', 'OrderCreatedWhen', 'OrderModifiedWhen'),
  ...same('OrderOrderStatusID', 'OrderCustomerID', 'OrderTotalPrice', 'OrderTotalShipping'),
  ...same('OrderTotalTax', 'OrderGrandTotal', 'OrderShippingMethodDisplayName'),
  ...same('OrderPaymentMethodDisplayName', 'OrderShippingMethodID', 'OrderShippingMethodPrice'),
  ...same('OrderPaymentMethodID', 'OrderItemID', 'OrderItemGUID', 'OrderItemOrderID'),
  ...same('OrderItemSKU', 'OrderItemName', 'OrderItemQuantity', 'OrderItemUnitPrice'),
  ...same('OrderItemTotalPrice', 'OrderItemTotalTax', 'OrderItemTaxRate', 'OrderAddressOrderID'),
  ...same('OrderAddressFirstName', 'OrderAddressLastName', 'OrderAddressCompany'),
  ...same('OrderAddressEmail', 'OrderAddressPhone', 'OrderAddressLine1', 'OrderAddressLine2'),
  ...same('OrderAddressCity', 'OrderAddressZip', 'OrderAddressCountryID', 'OrderAddressStateID'),
  ['OrderAddressInfo.OrderAddressID', 'OrderAddressInfo.OrderAddressID'],
  ['OrderAddressInfo.OrderAddressType', 'nameof(OrderAddressInfo.OrderAddressType)'],
  ...same('CustomerID', 'CustomerGUID', 'CustomerMemberID', 'CustomerCreatedWhen'),
  ...same('CustomerFirstName', 'CustomerLastName', 'CustomerEmail', 'CustomerPhone'),
  ['CustomerAddressInfo.CustomerAddressCustomerID', 'CustomerAddressCustomerID'],
  ...same('OrderStatusID', 'OrderStatusName', 'OrderStatusDisplayName', 'OrderStatusOrder'),
  ...same('ShippingMethodDisplayName', 'ShippingMethodEnabled', 'PaymentMethodDisplayName'),
  ...same('PaymentMethodEnabled', 'IOrderNotificationService', 'OrderNotificationSendException'),
  ['ShippingMethodInfo.ShippingMethodName', '.ShippingMethodName'],
  ['PaymentMethodInfo.PaymentMethodName', '.PaymentMethodName'],
  ['CountryInfo.CountryThreeLetterCode', '.CountryThreeLetterCode'],
  ['StateInfo.StateName', '.StateName'],
  ['IOrderNotificationService.SendNotification', '.SendNotification('],
];

const ADMIN: Member[] = [
  ['[assembly: UIApplication]', '[assembly: UIApplication('],
  ...same('Icons.IntegrationScheme', 'TemplateNames.SECTION_LAYOUT', 'ApplicationPage'),
  ['[UIPermission]', '[UIPermission('],
  ...same('SystemPermissions.VIEW', 'SystemPermissions.UPDATE'),
  ...same('DigitalCommerceApplicationCategories.DIGITAL_COMMERCE'),
  ['[assembly: UIPage]', '[assembly: UIPage('],
  ['[UIEvaluatePermission]', '[UIEvaluatePermission('],
  ['Page<TClientProperties>', /:\s*Page</],
  ...same('TemplateClientProperties', 'ConfigureTemplateProperties', 'ICommandResponse'),
  ...same('ResponseFrom', '[PageCommand]', 'Response().AddErrorMessage', 'NavigateTo'),
  ['IPageLinkGenerator.GetPath<TPage>', '.GetPath<'],
  ['PageParameterValues', 'new PageParameterValues'],
  [
    '[PageParameter(typeof(IntPageModelBinder), typeof(TSection))]',
    '[PageParameter(typeof(IntPageModelBinder)',
  ],
  ['Icon', 'Icon = Icons.'],
  ['EditSectionPage<TInfo>', 'EditSectionPage<'],
  ['GetObjectDisplayName(BaseInfo)', 'GetObjectDisplayName(BaseInfo'],
  ...same('PageParameterConstants.PARAMETERIZED_SLUG', 'UIPageOrder.NoOrder'),
  ...same('[UINavigation(false)]', 'OrderEditSection'),
  ['IAuthenticatedUserAccessor.Get()', 'userAccessor.Get()'],
  ['AdminApplicationUser.UserID', 'user.UserID'],
  ['IApplicationPermissionEvaluator.Evaluate', 'permissionEvaluator.Evaluate('],
  ...same('ApplicationPermissionEvaluationContext', 'ApplicationName', 'PermissionName'),
  ['User', 'User = user'],
  ...same('UserInfo', 'UserGUID'),
  ['UserInfo.FirstName', 'account.FirstName'],
  ['UserInfo.LastName', 'account.LastName'],
  ['UserInfo.UserName', 'account.UserName'],
];

export const KENTICO_MEMBERS: readonly Member[] = [
  ...MODULE_AND_DATA,
  ...QUERIES_AND_EVENTS,
  ...COMMERCE,
  ...ADMIN,
];
