import {
  type ActionCell,
  CellType,
  ColumnContentType,
  type ComponentCell,
  type StringCell,
  type TableAction,
  type TableCell,
  type TableColumn,
} from '@kentico/xperience-admin-components';
import type { ComponentType } from 'react';

/**
 * A column of Kentico's Table with the defaults our lists use (no client sort or search).
 * Widths are in Kentico's 8-pixel grid units (the Table multiplies them by 8).
 */
export function column(
  name: string,
  caption: string,
  options: { minWidth?: number; maxWidth?: number; contentType?: ColumnContentType } = {},
): TableColumn {
  return {
    name,
    caption,
    visible: true,
    minWidth: options.minWidth ?? 12,
    maxWidth: options.maxWidth ?? 60,
    contentType: options.contentType ?? ColumnContentType.Text,
    sortable: false,
    searchable: false,
  };
}

/** Kentico's Table places each cell by its `columnName`; name them in column order. */
export function withColumnNames<T extends TableCell>(columns: TableColumn[], cells: T[]): T[] {
  return cells.map((cell, index) => ({ ...cell, columnName: columns[index]?.name }));
}

export const textCell = (value: string, tooltipText?: string): StringCell => ({
  type: CellType.String,
  value,
  tooltipText,
});

export const componentCell = (component: ComponentType): ComponentCell => ({
  type: CellType.Component,
  component,
});

export interface RowAction {
  id: string;
  label: string;
  icon: TableAction['icon'];
  disabled?: boolean;
  destructive?: boolean;
}

/** Row actions (buttons in the last column); `onInvoke` gets the action's id. */
export function actionCell(actions: RowAction[], onInvoke: (id: string) => void): ActionCell {
  return {
    type: CellType.Action,
    actions: actions.map((action) => ({
      identifier: action.id,
      label: action.label,
      title: action.label,
      icon: action.icon,
      disabled: action.disabled ?? false,
      destructive: action.destructive ?? false,
    })),
    onInvokeAction: async (action) => onInvoke(action.identifier ?? ''),
  };
}
