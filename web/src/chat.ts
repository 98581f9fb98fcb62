import type { Api, Schemas } from './api/client';
import { problemDetail } from './api/problem';

export type ChatMessage = Schemas['ChatMessageJson'];

/** One Server-Sent Event: its id (the chat position) and its data. */
export interface ServerEvent {
  id?: string;
  data: string;
}

/**
 * The complete events at the start of {@code text} (the stream so far, after the last complete event) and what is left
 * of an event still arriving. Comment lines ({@code : ...}, keep-alives) and events without data are skipped; the data
 * of several {@code data:} lines is joined with line breaks (the EventSource rules).
 */
export function parseEvents(text: string): { events: ServerEvent[]; rest: string } {
  const blocks = text.replace(/\r\n?/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const events = blocks.flatMap(block => {
    let id: string | undefined;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') id = value;
      if (field === 'data') data.push(value);
    }
    return data.length ? [{ id, data: data.join('\n') }] : [];
  });
  return { events, rest };
}

/**
 * Follows a panel's chat live ({@code GET /api/panels/{id}/chat/stream}, read as a stream through the typed client so
 * that the bearer token goes in the header, which EventSource cannot do) from after {@code position}; each message is
 * handed to {@code onMessage}. A stream the server ends is taken up again after the last message seen, until
 * {@code signal} aborts.
 */
export async function followChat(api: Api, panel: string, position: number | undefined, signal: AbortSignal,
                                 onMessage: (message: ChatMessage) => void): Promise<void> {
  let after = position;
  while (!signal.aborted) {
    const { data, error, response } = await api.GET('/api/panels/{id}/chat/stream', {
      params: { path: { id: panel }, query: { after: after === undefined ? undefined : String(after) } },
      headers: { Accept: 'text/event-stream' }, parseAs: 'stream', signal });
    if (!data) {
      throw new Error(problemDetail(error, response));
    }
    const reader = data.pipeThrough(new TextDecoderStream()).getReader();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      const parsed = parseEvents(rest + chunk.value);
      rest = parsed.rest;
      for (const event of parsed.events) {
        const message = JSON.parse(event.data) as ChatMessage;
        after = message.position ?? after;
        onMessage(message);
      }
    }
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
}
