import type { MessageSection } from './types';

/** Warnings the engine raises about valid but noteworthy data. */
export const engineMessages = {
  frameOverAllocated: {
    da: 'Rammen er overdisponeret i {year}: der er udmøntet {allocated}, men rammen er {frame}.',
    en: 'The frame is over-allocated in {year}: {allocated} is allocated but the frame is {frame}.',
  },
  uncostedTopic: {
    da: 'Emnet »{title}« har endnu ingen beløb og vises uden tal.',
    en: 'The topic “{title}” has no amounts yet and is shown without figures.',
  },
} satisfies MessageSection;
