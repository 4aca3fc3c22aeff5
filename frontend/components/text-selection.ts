/**
 * <text-selection>: watches what a person selects in the article text beside it (the sibling
 * `.article-text`) and tells the server where the selection lies, as UTF-16 offsets into the
 * article text. The offsets come from the text nodes only (Range.toString() joins exactly the
 * text nodes' data), never from innerHTML or the rendered text, so marks, spans and CSS content
 * such as the doubt mark's "?" do not shift them.
 *
 * Events (bubbling, detail {start, end, text}): `text-selected` when a selection inside the text
 * settles, `text-cleared` when it is gone, `add-selection` on Enter on the sentence or name the
 * selection touches. By keyboard, Shift+arrows start a selection at the focused sentence or name
 * and stretch it (Ctrl or Alt: by word), whether or not the browser has caret browsing on.
 */

interface Selected { start: number; end: number; text: string }

/** How long the selection must rest before it is sent: a drag sends one event, not fifty. */
const SETTLE_MS = 200;

class TextSelection extends HTMLElement {
  private timer?: number;
  private last = '';
  /** A press inside the bar (its button) must not count as dropping the selection. */
  private pressedInside = false;
  private readonly onSelectionChange = () => {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.report(), SETTLE_MS);
  };
  private readonly onKeyDown = (event: KeyboardEvent) => this.key(event);
  private readonly onPress = () => {
    this.pressedInside = true;
    window.setTimeout(() => { this.pressedInside = false; }, 1000);
  };

  connectedCallback() {
    document.addEventListener('selectionchange', this.onSelectionChange);
    // capture: before the sentence's own Enter handler (which follows its link)
    document.addEventListener('keydown', this.onKeyDown, true);
    this.addEventListener('pointerdown', this.onPress);
  }

  disconnectedCallback() {
    document.removeEventListener('selectionchange', this.onSelectionChange);
    document.removeEventListener('keydown', this.onKeyDown, true);
    this.removeEventListener('pointerdown', this.onPress);
    window.clearTimeout(this.timer);
  }

  private root(): HTMLElement | null {
    return this.parentElement?.querySelector(':scope > .article-text') ?? null;
  }

  /** The selection as offsets into the text, or null when there is none inside it. */
  selected(): Selected | null {
    const root = this.root();
    const selection = document.getSelection();
    if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return null;
    }
    const range = selection.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) {
      return null;
    }
    const before = document.createRange();
    before.setStart(root, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    const text = range.toString();
    return text.length === 0 ? null : { start, end: start + text.length, text };
  }

  private report() {
    const found = this.selected();
    const key = found ? `${found.start}-${found.end}` : '';
    if (key === this.last || (!found && this.pressedInside)) {
      return;
    }
    this.last = key;
    this.dispatchEvent(new CustomEvent(found ? 'text-selected' : 'text-cleared', { detail: found ?? {}, bubbles: true }));
  }

  private key(event: KeyboardEvent) {
    const root = this.root();
    if (!root || !(event.target instanceof Node) || !root.contains(event.target)) {
      return;
    }
    if (event.key === 'Enter' && !event.repeat) {
      const found = this.selected();
      // only over the selection: Enter on a name elsewhere still opens its correction
      if (found && document.getSelection()?.getRangeAt(0).intersectsNode(event.target)) {
        event.preventDefault();
        event.stopPropagation();
        this.dispatchEvent(new CustomEvent('add-selection', { detail: found, bubbles: true }));
      }
      return;
    }
    if (!event.shiftKey || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) {
      return;
    }
    const selection = document.getSelection();
    if (!selection) {
      return;
    }
    // a selection made elsewhere (or the caret a click left) does not carry over to the focused sentence
    if (selection.rangeCount === 0 || !event.target.contains(selection.anchorNode)) {
      const first = document.createTreeWalker(event.target, NodeFilter.SHOW_TEXT).nextNode();
      if (!first) {
        return;
      }
      selection.collapse(first, 0);
    }
    event.preventDefault();
    selection.modify('extend', event.key === 'ArrowRight' ? 'forward' : 'backward',
      event.ctrlKey || event.altKey ? 'word' : 'character');
  }
}

customElements.define('text-selection', TextSelection);
