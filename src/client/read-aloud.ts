/**
 * 朗读 (src/components/ReadAloud.astro): the switch reads <main> aloud, block by block in reading order
 * (src/lib/reading/read-order.ts), one sentence per utterance, highlighting and scrolling to the block being
 * read. 暂停/继续 pauses and resumes; switching off, reaching the end or leaving the page stops it.
 */
import { pickChineseVoice, readingBlocks, speechChunks, type ReadingBlock } from '../lib/reading/read-order.ts';

/** One utterance: a sentence (or part of one) of a block. */
interface Piece {
  block: ReadingBlock<HTMLElement>;
  /** The block's place in the page, from 1. */
  ordinal: number;
  text: string;
}

const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
const control = document.querySelector<HTMLElement>('[data-read-aloud]');
const main = document.getElementById('main');

/** Not shown on screen: by CSS (the print-only card), or inside a closed <details>. */
function isHidden(el: HTMLElement): boolean {
  const style = getComputedStyle(el);
  if (!('checkVisibility' in el)) return style.display === 'none' || style.visibility === 'hidden';
  // An element without a box of its own (display: contents) shows its children.
  return style.display !== 'contents' && !el.checkVisibility({ visibilityProperty: true });
}

if (synth && 'SpeechSynthesisUtterance' in window && control && main) {
  const toggle = control.querySelector<HTMLButtonElement>('[data-read-switch]')!;
  const pause = control.querySelector<HTMLButtonElement>('[data-read-pause]')!;
  const status = control.querySelector<HTMLElement>('[data-read-status]')!;
  const initialStatus = status.textContent;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;

  let pieces: Piece[] = [];
  let blockCount = 0;
  let index = 0;
  let state: 'off' | 'on' | 'paused' = 'off';
  /** Bumped whenever speech is cancelled, so the late events of a cancelled utterance are ignored. */
  let run = 0;
  let current: HTMLElement | undefined;
  /** Said with the progress when the device lists voices but none for Chinese (it may read nothing). */
  let voiceNote = '';

  const show = () => {
    control.dataset.state = state;
    toggle.setAttribute('aria-checked', String(state !== 'off'));
    pause.hidden = state === 'off';
    pause.textContent = state === 'paused' ? '继续' : '暂停';
    // While reading, the controls stay at the top of the screen: keep what gets focus or is scrolled to below them.
    document.documentElement.style.scrollPaddingTop = state === 'off' ? '' : `${control.offsetHeight + 8}px`;
  };

  const highlight = (el: HTMLElement | undefined) => {
    if (el === current) return;
    current?.classList.remove('reading-now');
    current = el;
    if (!el) return;
    el.classList.add('reading-now');
    const box = el.getBoundingClientRect();
    if (box.top < control.offsetHeight || box.bottom > innerHeight)
      el.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  };

  const showProgress = () => {
    status.textContent = `正在朗读：第 ${pieces[index]?.ordinal ?? blockCount} 段，共 ${blockCount} 段。${voiceNote}`;
  };

  const stop = (message: string | null = initialStatus) => {
    run += 1;
    state = 'off';
    synth.cancel();
    highlight(undefined);
    status.textContent = message;
    show();
  };

  const speak = () => {
    const piece = pieces[index];
    if (!piece) {
      stop('已读完。');
      return;
    }
    const utterance = new SpeechSynthesisUtterance(piece.text);
    utterance.lang = 'zh-CN';
    const voice = pickChineseVoice(synth.getVoices());
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9;
    const mine = run;
    utterance.addEventListener('end', () => {
      if (mine !== run) return;
      // Some engines end the utterance on pause(): it is spoken again on 继续.
      if (state === 'paused') return;
      index += 1;
      speak();
    });
    utterance.addEventListener('error', (event) => {
      if (mine !== run || event.error === 'interrupted' || event.error === 'canceled') return;
      stop('无法朗读：浏览器的语音功能出错。');
    });
    highlight(piece.block.element);
    showProgress();
    synth.speak(utterance);
  };

  const start = () => {
    const blocks = readingBlocks(main, isHidden);
    blockCount = blocks.length;
    pieces = blocks.flatMap((block, i) => speechChunks(block.text).map((text) => ({ block, ordinal: i + 1, text })));
    index = 0;
    const voices = synth.getVoices();
    voiceNote = voices.length > 0 && !pickChineseVoice(voices) ? '这台设备可能没有中文语音。' : '';
    if (pieces.length === 0) {
      stop('本页没有可以朗读的文字。');
      return;
    }
    run += 1;
    synth.cancel();
    state = 'on';
    show();
    speak();
  };

  toggle.addEventListener('click', () => (state === 'off' ? start() : stop()));
  pause.addEventListener('click', () => {
    if (state === 'on') {
      state = 'paused';
      synth.pause();
      status.textContent = '已暂停。';
    } else if (state === 'paused') {
      state = 'on';
      if (synth.paused && synth.speaking) {
        synth.resume();
        showProgress();
      } else {
        // The engine dropped the paused utterance: say the current sentence again.
        run += 1;
        synth.cancel();
        speak();
      }
    }
    show();
  });
  // Leaving the page stops the voice; coming back (from the back-forward cache) finds it off.
  addEventListener('pagehide', () => stop());
  control.hidden = false;
  show();
}
