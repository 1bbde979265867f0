// CONFGRAPH_DEBUG_CYPHER=1 logs each statement with its params; without it nothing is logged.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { debugCypher } from '../../../store/engine.ts';

describe('debug flag', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete process.env.CONFGRAPH_DEBUG_CYPHER;
  });

  it('logs cypher and params only when CONFGRAPH_DEBUG_CYPHER=1', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    debugCypher('embedded', 'RETURN $x', { x: 1 });
    expect(write).not.toHaveBeenCalled();
    process.env.CONFGRAPH_DEBUG_CYPHER = '1';
    debugCypher('embedded', 'RETURN $x', { x: 1 });
    expect(write).toHaveBeenCalledWith('[cypher embedded] RETURN $x\n[params] {"x":1}\n');
  });
});
