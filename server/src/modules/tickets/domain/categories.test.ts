import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../customers/index.ts';
import { mandatoryFieldErrors, mandatoryFieldsOf, parseAmount, type TicketCategory } from './categories.ts';

const complete = {
  waybill_no: 'WB123456789',
  shipper_name: 'شركة الوفاء',
  shipper_phone: '0551234567',
  consignee_name: 'أحمد علي',
  consignee_phone: '+966 11 234 5678',
};
const fieldsOf = (category: TicketCategory, fields: Record<string, unknown>, country = 'SA') =>
  mandatoryFieldErrors(category, fields, country, parsePhone).map((e) => `${e.field}:${e.code}`);

describe('mandatory fields per category', () => {
  it.each([
    ['service_failure', ['waybill_no', 'shipper_name', 'shipper_phone', 'consignee_name', 'consignee_phone']],
    ['address_change', ['waybill_no', 'shipper_name', 'shipper_phone', 'consignee_name', 'consignee_phone']],
    ['advance_notice', ['waybill_no', 'shipper_name', 'shipper_phone', 'consignee_name', 'consignee_phone']],
    ['claim', ['waybill_no', 'shipper_name', 'shipper_phone', 'consignee_name', 'consignee_phone', 'claim_amount']],
    ['inquiry', []],
    ['complaint', []],
    ['data_correction', []],
  ] as const)('%s requires %j', (category, expected) => {
    expect(mandatoryFieldsOf(category)).toEqual(expected);
  });

  it.each([
    ['complete shipment fields', 'service_failure', complete, 'SA', []],
    [
      'all missing: each field named',
      'address_change',
      {},
      'SA',
      [
        'fields.waybill_no:required',
        'fields.shipper_name:required',
        'fields.shipper_phone:required',
        'fields.consignee_name:required',
        'fields.consignee_phone:required',
      ],
    ],
    [
      'blank waybill number',
      'advance_notice',
      { ...complete, waybill_no: '   ' },
      'SA',
      ['fields.waybill_no:required'],
    ],
    [
      'a phone that does not parse',
      'service_failure',
      { ...complete, shipper_phone: '12ab' },
      'SA',
      ['fields.shipper_phone:invalid_phone'],
    ],
    [
      'an Egyptian mobile is not a Saudi number',
      'service_failure',
      { ...complete, consignee_phone: '01001234567' },
      'SA',
      ['fields.consignee_phone:invalid_phone'],
    ],
    [
      'the same number is valid for an Egyptian customer',
      'service_failure',
      { ...complete, shipper_phone: '01001234567', consignee_phone: '01001234568' },
      'EG',
      [],
    ],
    [
      'a number instead of a name',
      'service_failure',
      { ...complete, shipper_name: 42 },
      'SA',
      ['fields.shipper_name:required'],
    ],
    ['a claim without its amount', 'claim', complete, 'SA', ['fields.claim_amount:required']],
    ['a negative claim', 'claim', { ...complete, claim_amount: -5 }, 'SA', ['fields.claim_amount:invalid_amount']],
    ['a claim amount as text', 'claim', { ...complete, claim_amount: '1500.50' }, 'SA', []],
    ['a claim amount with thousands commas', 'claim', { ...complete, claim_amount: '7,500' }, 'SA', []],
    ['a claim amount in Arabic-Indic digits', 'claim', { ...complete, claim_amount: '١٬٢٥٠٫٥' }, 'SA', []],
    [
      'a claim amount with letters',
      'claim',
      { ...complete, claim_amount: '12abc' },
      'SA',
      ['fields.claim_amount:invalid_amount'],
    ],
    [
      'a claim amount in the European style',
      'claim',
      { ...complete, claim_amount: '7.500,00' },
      'SA',
      ['fields.claim_amount:invalid_amount'],
    ],
    ['a complaint needs no shipment fields', 'complaint', {}, 'SA', []],
  ] as const)('%s', (_name, category, fields, country, expected) => {
    expect(fieldsOf(category, fields, country)).toEqual(expected);
  });
});

describe('parseAmount', () => {
  it.each([
    ['a number', 2500.5, 2500.5],
    ['plain digits', '7500', 7500],
    ['a decimal point', '1500.50', 1500.5],
    ['thousands commas', '1,250,000', 1250000],
    ['Arabic-Indic digits', '٧٥٠٠', 7500],
    ['Arabic separators', '١٬٢٥٠٫٥', 1250.5],
    ['Persian digits', '۷۵۰۰', 7500],
    ['spaces around', '  900 ', 900],
    ['commas in the wrong places', '75,00', null],
    ['the European style', '7.500,00', null],
    ['letters', '12abc', null],
    ['empty text', '', null],
    ['not a number', Number.NaN, null],
    ['an object', { amount: 5 }, null],
  ])('%s', (_name, value, expected) => {
    expect(parseAmount(value)).toBe(expected);
  });
});
