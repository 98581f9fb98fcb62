import { describe, expect, it } from 'vitest';
import { allows, byUrgencyThenDeadline, deadlineStatus, type Panel, type PanelSummary } from './panels';

const panel = (nickname: string, urgent: boolean, deadline?: string): PanelSummary => ({ nickname, urgent, deadline });

describe('my panels', () => {
  it('urgent panels come first, then the nearest deadline, panels without one last, ties by nickname', () => {
    const panels = [
      panel('quiet-otter', false),
      panel('brisk-lynx', false, '2026-12-20T00:00:00Z'),
      panel('amber-fox', false),
      panel('calm-heron', true),
      panel('dusky-owl', false, '2026-12-10T00:00:00Z'),
      panel('eager-wren', true, '2026-12-30T00:00:00Z'),
    ];

    expect(panels.sort(byUrgencyThenDeadline).map(p => p.nickname))
      .toEqual(['eager-wren', 'calm-heron', 'dusky-owl', 'brisk-lynx', 'amber-fox', 'quiet-otter']);
  });

  it('a deadline is overdue once passed and soon within three days', () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    expect(deadlineStatus('2026-12-07T11:59:59Z', now)).toBe('overdue');
    expect(deadlineStatus('2026-12-10T12:00:00Z', now)).toBe('soon');
    expect(deadlineStatus('2026-12-10T12:00:01Z', now)).toBe('later');
    expect(deadlineStatus(undefined, now)).toBe('none');
  });
});

describe('the moves a panel offers', () => {
  it('are those the server names for the user, and none when it names none', () => {
    const shown: Panel = { state: 'SIGN_OFF', allowedActions: ['COMMENT', 'REVIEW_OUTCOME'] };
    expect(allows(shown, 'REVIEW_OUTCOME')).toBe(true);
    expect(allows(shown, 'FINALISE_OUTCOME')).toBe(false);
    expect(allows({ state: 'SIGN_OFF' }, 'COMMENT')).toBe(false);
  });
});
