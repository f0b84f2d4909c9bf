import { usePageCommand } from '@kentico/xperience-admin-base';
import { Button, ButtonColor } from '@kentico/xperience-admin-components';

/**
 * Opens the order's Brightpearl page in the Kentico admin. Only Kentico knows the order's
 * OrderID (the page's URL parameter), so the Orders page's OpenOrderDetail command looks it up
 * by GUID and navigates (or reports that Kentico has no such order).
 */
export function OpenOrderPageButton({ orderGuid }: { orderGuid: string }) {
  const { execute } = usePageCommand<void, { orderGuid: string }>('OpenOrderDetail');
  return (
    <Button
      label="Open order page"
      icon="xp-arrow-right-top-square"
      color={ButtonColor.Tertiary}
      onClick={() => execute({ orderGuid })}
    />
  );
}
