import { randomUUID } from 'node:crypto';

import {
  KenticoCustomerGuid,
  type KenticoAddress,
  type KenticoCustomer,
  type KenticoOrderItem,
} from '@bpkc/shared-types';

import { toMoney } from './money';
import type { PricedLine } from './order-pricing';
import type { AddressInput, PlaceOrderInput } from './place-order-input';
import type { KenticoStore } from './store';

/** Like IOrderCreationService: find the customer by e-mail, else create one; never update it. */
export function findOrCreateCustomer(
  store: KenticoStore,
  input: PlaceOrderInput['customer'],
  now: string,
): KenticoCustomer {
  const existing = store.customers.findByEmail(input.email);
  if (existing) return existing;
  const customer: KenticoCustomer = {
    CustomerID: store.nextId('customer'),
    CustomerGUID: KenticoCustomerGuid.parse(randomUUID()),
    CustomerMemberID: input.memberId ?? null,
    CustomerFirstName: input.firstName,
    CustomerLastName: input.lastName,
    CustomerEmail: input.email,
    CustomerPhone: input.phone ?? null,
    CustomerCreatedWhen: now,
  };
  store.customers.add(customer);
  return customer;
}

export function toOrderItem(store: KenticoStore, line: PricedLine): KenticoOrderItem {
  return {
    OrderItemID: store.nextId('orderItem'),
    OrderItemGUID: randomUUID(),
    OrderItemSKU: line.input.sku,
    OrderItemName: line.input.name,
    OrderItemQuantity: line.input.quantity,
    OrderItemUnitPrice: toMoney(line.unit),
    OrderItemTotalPrice: toMoney(line.net),
    OrderItemTotalTax: toMoney(line.tax),
    OrderItemTaxRate: line.taxRate,
  };
}

export function toOrderAddress(
  store: KenticoStore,
  input: { type: string; address: AddressInput; customer: KenticoCustomer },
): KenticoAddress {
  const { address, customer } = input;
  const country = store.reference.countries.ensure(address.country, (id) => ({
    CountryID: id,
    CountryName: address.country,
    CountryDisplayName: address.country,
    CountryTwoLetterCode: address.country.slice(0, 2),
    CountryThreeLetterCode: address.country,
  }));
  const state = address.state
    ? store.reference.states.ensure(`${country.CountryID}:${address.state}`, (id) => ({
        StateID: id,
        StateName: address.state ?? '',
        StateDisplayName: address.state ?? '',
        CountryID: country.CountryID,
      }))
    : undefined;
  return {
    OrderAddressType: input.type,
    OrderAddressFirstName: address.firstName ?? customer.CustomerFirstName,
    OrderAddressLastName: address.lastName ?? customer.CustomerLastName,
    OrderAddressCompany: address.company ?? null,
    OrderAddressEmail: address.email ?? customer.CustomerEmail,
    OrderAddressPhone: address.phone === undefined ? customer.CustomerPhone : address.phone,
    OrderAddressLine1: address.line1,
    OrderAddressLine2: address.line2 ?? null,
    OrderAddressCity: address.city,
    OrderAddressZip: address.zip,
    OrderAddressCountryID: country.CountryID,
    OrderAddressStateID: state?.StateID ?? null,
    OrderAddressCountryThreeLetterCode: country.CountryThreeLetterCode,
    OrderAddressStateName: state?.StateDisplayName ?? null,
  };
}
