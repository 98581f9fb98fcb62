import { describe, expect, it } from 'vitest';
import { parseEvents } from './chat';

describe('reading the chat stream', () => {
  it('complete events are parsed, keep-alives skipped and a half-arrived event kept for the next chunk', () => {
    const { events, rest } = parseEvents(': keep-alive\n\nid: 7\nevent: message\ndata: {"text":"hi"}\n\nid: 8\ndata: {"te');

    expect(events).toEqual([{ id: '7', data: '{"text":"hi"}' }]);
    expect(rest).toBe('id: 8\ndata: {"te');
    expect(parseEvents(rest + 'xt":"there"}\r\n\r\n').events).toEqual([{ id: '8', data: '{"text":"there"}' }]);
  });

  it('the data of several lines is joined with line breaks', () => {
    expect(parseEvents('data: one\ndata: two\n\n').events).toEqual([{ id: undefined, data: 'one\ntwo' }]);
  });
});
