import type { MeetingView } from './api';

/** What every part of a roster entry's panel is given: the meeting, and reading it again after a change. */
export interface EntryProps {
  meeting: MeetingView;
  reload: () => Promise<void>;
}
