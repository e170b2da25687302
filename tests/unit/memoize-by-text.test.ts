import { describe, expect, it } from 'vitest';
import { memoizeByText } from '../../src/text/memoize-by-text.js';

describe('memoizeByText', () => {
  const counted = (limit: number) => {
    const calls: string[] = [];
    const read = memoizeByText<{ suffix: string }, string>(limit, (text, owner) => {
      calls.push(text);
      return `${text}${owner.suffix}`;
    });
    return { read, calls };
  };

  it('computes a text once per owner and gives the same value after', () => {
    const { read, calls } = counted(10);
    const owner = { suffix: '!' };
    expect(read('Team Leader', owner)).toBe('Team Leader!');
    expect(read('Team Leader', owner)).toBe('Team Leader!');
    expect(calls).toEqual(['Team Leader']);
  });

  it('keeps owners apart: another taxonomy reads the text again', () => {
    const { read, calls } = counted(10);
    expect(read('Agent', { suffix: '1' })).toBe('Agent1');
    expect(read('Agent', { suffix: '2' })).toBe('Agent2');
    expect(calls).toEqual(['Agent', 'Agent']);
  });

  it('forgets everything at the limit and stays right after', () => {
    const { read, calls } = counted(2);
    const owner = { suffix: '' };
    read('a', owner);
    read('b', owner);
    read('c', owner); // the limit is reached: a and b are forgotten
    expect(read('c', owner)).toBe('c');
    expect(read('a', owner)).toBe('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
