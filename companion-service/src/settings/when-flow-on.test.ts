import { countIfFlowOn } from './when-flow-on';
import { mappingWith } from './test-support';

describe('a sweep part behind its flow switch', () => {
  it('runs and counts while the flow is on; does nothing and counts 0 while off', async () => {
    let runs = 0;
    const part = async () => ((runs += 1), 7);
    const on = { mapping: mappingWith([]), mappingVersion: 1 };
    const off = { mapping: mappingWith(['refunds']), mappingVersion: 2 };
    expect(await countIfFlowOn(on, 'refunds', part)).toBe(7);
    expect(await countIfFlowOn(off, 'refunds', part)).toBe(0);
    expect(await countIfFlowOn(off, 'customers', part)).toBe(7);
    expect(runs).toBe(2);
  });
});
