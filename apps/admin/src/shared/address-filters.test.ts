import { describe, expect, it } from 'vitest';
import {
  addressFilters,
  calendarDateOrNull,
  codeListParam,
  codeParam,
  dateParam,
  idParam,
  integerParam,
  textParam,
  yesNoParam,
} from './address-filters';

type Colour = 'RED' | 'GREEN' | 'BLUE';
const isColour = (code: string): code is Colour => ['RED', 'GREEN', 'BLUE'].includes(code);

interface Filters {
  organizationId: string | null;
  colours: readonly Colour[];
  shade: Colour | null;
  code: string | null;
  year: number | null;
  from: string | null;
  to: string | null;
  done: 'yes' | 'no' | null;
  search: string | null;
}

// Declared in another order than the interface: the address follows the declaration.
const filters = addressFilters<Filters>({
  search: textParam('q', 10),
  organizationId: idParam('org'),
  colours: codeListParam('colour', isColour),
  shade: codeParam('shade', isColour),
  code: textParam('code', 20, /^[A-Z_]+$/),
  year: integerParam('year', 1950, 2100),
  from: dateParam('from'),
  to: dateParam('to'),
  done: yesNoParam('done'),
});

const full: Filters = {
  organizationId: 'T3JnOjE',
  colours: ['GREEN', 'RED'],
  shade: 'BLUE',
  code: 'DEEP_SEA',
  year: 2024,
  from: '2024-01-01',
  to: '2024-12-31',
  done: 'no',
  search: '王 五',
};

describe('addressFilters', () => {
  it('writes the filters in the declared order and reads them back', () => {
    const search = filters.toSearch(full);
    expect(search.toString()).toBe(
      'q=%E7%8E%8B+%E4%BA%94&org=T3JnOjE&colour=GREEN%2CRED&shade=BLUE&code=DEEP_SEA&year=2024' +
        '&from=2024-01-01&to=2024-12-31&done=no',
    );
    expect(filters.fromSearch(new URLSearchParams(search.toString()))).toEqual(full);
  });

  it('has an empty value for every field, and writes none of them', () => {
    expect(filters.none).toEqual({
      organizationId: null,
      colours: [],
      shade: null,
      code: null,
      year: null,
      from: null,
      to: null,
      done: null,
      search: null,
    });
    expect(filters.toSearch(filters.none).toString()).toBe('');
    expect(filters.fromSearch(new URLSearchParams(''))).toEqual(filters.none);
  });

  it('leaves out unknown codes, repeats, malformed numbers and dates', () => {
    const read = filters.fromSearch(
      new URLSearchParams(
        'colour=RED,, PINK,RED,blue,BLUE&shade=PINK&code=deep&year=1949&from=2024-02-30' +
          '&to=2024-13-01&done=maybe&q=%20%20&org=',
      ),
    );
    expect(read).toEqual({ ...filters.none, colours: ['RED', 'BLUE'] });
  });

  it('cleans free text: control characters become spaces, trimmed, cut at the limit', () => {
    const read = filters.fromSearch(
      new URLSearchParams({ q: ` 张\u0000三 ${'𠀀'.repeat(20)}`, org: ` a\u0007b ` }),
    );
    expect(read.search).toBe('张 三 𠀀𠀀𠀀𠀀𠀀𠀀');
    expect(read.organizationId).toBe('a b');
    expect(filters.toSearch({ ...filters.none, search: '   ' }).toString()).toBe('');
  });
});

describe('integerParam', () => {
  const stars = integerParam('stars', 1, 5);

  it('reads whole numbers of up to four digits within the bounds', () => {
    expect(stars.read('4')).toBe(4);
    expect(stars.read('05')).toBe(5);
    expect(stars.read('6')).toBeNull();
    expect(stars.read('0')).toBeNull();
    expect(stars.read('4.5')).toBeNull();
    expect(stars.read('-1')).toBeNull();
    expect(stars.read('00001')).toBeNull();
    expect(stars.read(null)).toBeNull();
    expect(stars.write(3)).toBe('3');
    expect(stars.write(null)).toBeNull();
  });
});

describe('calendarDateOrNull', () => {
  it('accepts real days only', () => {
    expect(calendarDateOrNull('2024-02-29')).toBe('2024-02-29');
    expect(calendarDateOrNull('2023-02-29')).toBeNull();
    expect(calendarDateOrNull('2024-2-1')).toBeNull();
    expect(calendarDateOrNull(null)).toBeNull();
  });
});
