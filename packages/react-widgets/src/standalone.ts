/**
 * The self-contained bundle for a page without a build step
 * (`dist/standalone/meridian-widgets.js`): React, React DOM, the SDK and
 * every widget in one ES module, plus {@link mount} to put a widget in an
 * element.
 *
 * @example
 * ```html
 * <link rel="stylesheet" href="/vendor/meridian/styles.css" />
 * <div id="risk"></div>
 * <script type="module">
 *   import { Meridian, mount, RiskPanel } from '/vendor/meridian/standalone/meridian-widgets.js';
 *   const client = new Meridian({ baseUrl: 'https://meridian.example.org', apiKey: portalKey });
 *   mount(document.getElementById('risk'), client, RiskPanel, { patient: 'Patient/123' });
 * </script>
 * ```
 *
 * @module
 */
import { createElement, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { Meridian } from '@meridian/sdk';
import { MeridianProvider } from './provider/meridian-provider.js';

export * from './index.js';
export { Meridian } from '@meridian/sdk';

/** A widget placed by {@link mount}. */
export interface MountedWidget<P> {
  /** Renders the widget again with new props. */
  update(props: P): void;
  /** Removes the widget from its element. */
  unmount(): void;
}

/**
 * Renders one widget into an element, inside its own {@link MeridianProvider}.
 *
 * @example
 * ```ts
 * const audit = mount(document.querySelector('#audit')!, client, AuditTrail, { patient: 'Patient/123' });
 * audit.update({ patient: 'Patient/456' });
 * ```
 */
export function mount<P extends object>(
  element: Element,
  client: Meridian,
  widget: ComponentType<P>,
  props: P,
  options: { locale?: string; timeZone?: string } = {},
): MountedWidget<P> {
  const root = createRoot(element);
  const render = (p: P) =>
    root.render(createElement(MeridianProvider, { client, ...options }, createElement(widget, p)));
  render(props);
  return { update: render, unmount: () => root.unmount() };
}
