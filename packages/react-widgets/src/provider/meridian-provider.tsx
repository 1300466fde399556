import { createContext, useContext, type ReactNode } from 'react';
import type { Meridian } from '@meridian/sdk';

/** What {@link MeridianProvider} shares with the widgets below it. */
export interface MeridianContextValue {
  /** The SDK client every widget calls the server through. */
  client: Meridian;
  /** BCP 47 locale for dates and numbers (default: the runtime's). */
  locale?: string | undefined;
  /** IANA time zone for dates (default: the runtime's). */
  timeZone?: string | undefined;
}

const MeridianContext = createContext<MeridianContextValue | null>(null);

/** Props of {@link MeridianProvider}. */
export interface MeridianProviderProps extends MeridianContextValue {
  children?: ReactNode;
}

/**
 * Shares one `Meridian` SDK client (and the locale and time zone to show
 * dates in) with every widget below it. Create the client once, outside
 * render, so its retries and timeouts are configured in one place.
 *
 * @example
 * ```tsx
 * import { Meridian } from '@meridian/sdk';
 * import { MeridianProvider, RiskPanel } from '@meridian/react-widgets';
 *
 * const client = new Meridian({ baseUrl: 'https://meridian.example.org', apiKey: portalKey });
 * export function App() {
 *   return (
 *     <MeridianProvider client={client} locale="en-GB">
 *       <RiskPanel patient="Patient/123" />
 *     </MeridianProvider>
 *   );
 * }
 * ```
 */
export function MeridianProvider({ client, locale, timeZone, children }: MeridianProviderProps) {
  return <MeridianContext.Provider value={{ client, locale, timeZone }}>{children}</MeridianContext.Provider>;
}

/**
 * The client, locale and time zone of the nearest {@link MeridianProvider}.
 * Throws a readable error when a widget is used outside one.
 *
 * @example
 * ```tsx
 * function PatientName({ id }: { id: string }) {
 *   const { client } = useMeridian();
 *   // call client.fhir.read('Patient', id) in an effect
 * }
 * ```
 */
export function useMeridian(): MeridianContextValue {
  const value = useContext(MeridianContext);
  if (!value) throw new Error('Meridian widgets must be placed inside <MeridianProvider client={…}>');
  return value;
}
