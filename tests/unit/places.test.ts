import { describe, expect, it } from 'vitest';
import { belongsTo, pathOf, placesIn, regionOf, shortName } from '../../shared/genre/places';

describe('place names in a report (GB/T 2260 divisions)', () => {
  it('finds county, prefecture and province names, the longest at each place', () => {
    const found = placesIn('赴广东省深圳市龙华区和浙江省湖州市安吉县学习，回到于都县。');
    expect(found.map((m) => m.name)).toEqual(['广东省', '深圳市', '龙华区', '浙江省', '湖州市', '安吉县', '于都县']);
    expect(pathOf(found[2]?.places[0] ?? { code: '', name: '', level: 3, above: [] })).toBe('广东省深圳市');
  });

  it('leaves out names that are a kind of place, not a place', () => {
    expect(placesIn('城区、郊区、矿区和市辖区的工作')).toEqual([]);
  });

  it('reads a region from its full path, its county alone or a short name', () => {
    expect(regionOf('江西省赣州市于都县')?.name).toBe('于都县');
    expect(regionOf('于都县文化和旅游局')?.name).toBe('于都县');
    expect(regionOf('赣州')?.name).toBe('赣州市');
    expect(regionOf('福建省福州市鼓楼区')?.above.map((a) => a.name)).toEqual(['福建省', '福州市']);
    expect(regionOf('某县文化和旅游局')).toBeNull();
  });

  it('knows what belongs to a region: itself, what is above it and what is within it', () => {
    const yudu = regionOf('江西省赣州市于都县');
    const ganzhou = regionOf('江西省赣州市');
    const longhua = regionOf('广东省深圳市龙华区');
    if (!yudu || !ganzhou || !longhua) throw new Error('regions not found');
    expect(belongsTo(ganzhou, yudu)).toBe(true);
    expect(belongsTo(yudu, ganzhou)).toBe(true);
    expect(belongsTo(longhua, yudu)).toBe(false);
    // A municipality's districts are its counties.
    const beijing = regionOf('北京市');
    const haidian = regionOf('北京市海淀区');
    expect(haidian?.level).toBe(3);
    if (beijing && haidian) expect(belongsTo(haidian, beijing)).toBe(true);
  });

  it('shortens a name to what people write without the kind of place', () => {
    expect(['于都县', '广东省', '深圳市', '新疆维吾尔自治区', '延边朝鲜族自治州', '龙华区'].map(shortName)).toEqual(['于都', '广东', '深圳', '新疆', '延边', '龙华']);
  });
});
