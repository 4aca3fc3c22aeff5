import L from 'leaflet';
import { type Place, UNCERTAIN_TEXT, mentionsText } from './state.js';
import { uncertainBadge } from './symbols.js';

/** A marker drawn as a focusable element that names itself to a screen reader. */
export function markerButton(className: string, key: string, label: string): HTMLElement {
  const button = document.createElement('div');
  button.className = className;
  button.dataset.key = key;
  button.tabIndex = 0;
  button.setAttribute('role', 'button');
  button.setAttribute('aria-label', label);
  return button;
}

/** A place's circle, named with its mentions and any doubt, and marked when it is the one selected. */
export function placeButton(place: Place, selected: boolean, size: number): HTMLElement {
  const button = markerButton('place-marker', `p${place.id}`,
    `${place.name}, ${mentionsText(place.mentions)}${place.uncertain ? `, ${UNCERTAIN_TEXT}` : ''}`);
  button.dataset.placeId = String(place.id);
  if (place.uncertain) {
    // not by colour alone: a dashed ring and a "?" badge (map-styles.ts)
    button.classList.add('uncertain');
    button.append(uncertainBadge());
  }
  button.classList.toggle('selected', selected);
  button.style.width = button.style.height = `${size}px`;
  return button;
}

/** Enter and Space act as a click does; Space would otherwise scroll the page. */
export function onActivate(button: HTMLElement, action: () => void) {
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      action();
    }
  });
}

/**
 * The tooltip is made on the first hover or focus, not with the marker: a pan draws a few
 * hundred markers, and most are never pointed at.
 */
export function tooltipWhenAsked(button: HTMLElement, marker: L.Marker, content: () => HTMLElement, radius: number) {
  const open = () => {
    if (!marker.getTooltip()) {
      marker.bindTooltip(content(), { direction: 'top', offset: [0, -radius] });
    }
    marker.openTooltip();
  };
  button.addEventListener('mouseenter', open);
  button.addEventListener('focus', open);
  button.addEventListener('mouseleave', () => marker.closeTooltip());
  button.addEventListener('blur', () => marker.closeTooltip());
}

/** What hovering or focusing a place shows: its name, kind and country, its mentions, and any doubt. */
export function placeTooltip(place: Place): HTMLElement {
  const box = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = place.name;
  const line = document.createElement('div');
  const details = [place.kind, place.country].filter((s) => !!s).join(', ');
  line.textContent = `${details}${details ? ' · ' : ''}${mentionsText(place.mentions)}`;
  box.append(name, line);
  if (place.uncertain) {
    box.append(Object.assign(document.createElement('div'), {
      className: 'uncertain-note', textContent: `? ${UNCERTAIN_TEXT}: most of its mentions are in doubt`,
    }));
  }
  return box;
}
