import {
  handleImportRequest,
  type ImportRequest,
  type ImportResponse,
} from '../../src/import/import-protocol';
import { actualsCsv } from '../support/actuals-file';
import { encodeGbk } from '../support/gbk';

function run(request: ImportRequest): ImportResponse[] {
  const responses: ImportResponse[] = [];
  handleImportRequest(request, (r) => responses.push(r));
  return responses;
}

function bytesOf(text: string, gbk = false): ArrayBuffer {
  const bytes = gbk ? encodeGbk(text) : new TextEncoder().encode(text);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe('the import worker handler', () => {
  it('answers with messages a structured clone can carry (no functions)', () => {
    for (const response of run({
      bytes: bytesOf(actualsCsv(3)),
      fileName: 'a.csv',
      current: {},
      knownIndicators: [],
    })) {
      expect(structuredClone(response)).toEqual(response);
    }
  });

  it('reports each stage in order, then a preview', () => {
    const responses = run({
      bytes: bytesOf(actualsCsv(10), true),
      fileName: 'a.csv',
      current: {},
      knownIndicators: [],
    });
    expect(responses.map((r) => (r.kind === 'stage' ? r.stage : r.kind))).toEqual([
      'decode',
      'validate',
      'compare',
      'done',
    ]);
    const done = responses.at(-1);
    if (done?.kind !== 'done') throw new Error('no preview');
    expect(done.preview.encoding).toBe('gb18030');
    expect(done.preview.counts.added).toBe(10);
  });

  it('caps the lists it sends back but keeps the counts', () => {
    const responses = run({
      bytes: bytesOf(actualsCsv(1000)),
      fileName: 'a.csv',
      current: {},
      knownIndicators: [],
    });
    const done = responses.at(-1);
    if (done?.kind !== 'done') throw new Error('no preview');
    // Every synthetic indicator id is unknown: one warning per row, capped at 50 by the plan.
    expect(done.preview.counts.added).toBe(1000);
    expect(done.preview.diff?.added.length).toBeLessThan(1000);
    expect(done.preview.next?.rowCount).toBe(1000);
  });
});
