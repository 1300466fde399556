import type { AuditEvent } from '@meridian/sdk';
import type { Actor } from '../tenancy/actor.js';
import { principalId, type Principal } from '../tenancy/principal.js';
import {
  AGENT_TYPE_APPLICATION,
  AGENT_TYPE_DATA_COLLECTOR,
  AGENT_TYPE_HUMAN_USER,
  API_KEY_IDENTIFIER_SYSTEM,
  EHR_CLIENT_IDENTIFIER_SYSTEM,
  MLLP_SENDER_IDENTIFIER_SYSTEM,
  NETWORK_TYPE_IP,
  SYSTEM_COMPONENT_IDENTIFIER_SYSTEM,
  UNVERIFIED_CALLER_EXTENSION_URL,
} from './codes.js';

type Agent = AuditEvent['agent'][number];

const IDENTIFIER_SYSTEM: Record<Principal['kind'], string> = {
  'api-key': API_KEY_IDENTIFIER_SYSTEM,
  'ehr-client': EHR_CLIENT_IDENTIFIER_SYSTEM,
  'mllp-sender': MLLP_SENDER_IDENTIFIER_SYSTEM,
  system: SYSTEM_COMPONENT_IDENTIFIER_SYSTEM,
};

function displayOf(principal: Principal): string {
  switch (principal.kind) {
    case 'ehr-client':
      return `${principal.name} (${principal.issuer})`;
    case 'mllp-sender':
      return `${principal.name} (${principal.sendingApplication}^${principal.sendingFacility})`;
    default:
      return principal.name;
  }
}

/**
 * The AuditEvent agents of one act, built from the principal's kind: the
 * principal itself (`who` by its identifier system, `network` from the peer
 * address, the EHR's `sub` as `altId`), and for an EHR acting for a user, that
 * user as the requestor.
 *
 * @example
 * ```ts
 * buildAuditAgents(actor)[0].who.identifier.system; // 'https://meridian.dev/fhir/sid/api-key'
 * ```
 */
export function buildAuditAgents(actor: Actor): Agent[] {
  const { principal } = actor;
  const forUser = actor.onBehalfOf !== undefined;
  const agent: Agent = {
    type: { coding: [principal.kind === 'api-key' ? { ...AGENT_TYPE_DATA_COLLECTOR } : { ...AGENT_TYPE_APPLICATION }] },
    role: [{ text: principal.role }],
    who: {
      identifier: { system: IDENTIFIER_SYSTEM[principal.kind], value: principalId(principal) },
      display: displayOf(principal),
    },
    ...(principal.kind === 'ehr-client' && principal.subject ? { altId: principal.subject } : {}),
    requestor: !forUser,
    ...(actor.clientAddress ? { network: { address: actor.clientAddress, type: NETWORK_TYPE_IP } } : {}),
    ...(principal.kind === 'ehr-client' && !principal.verified
      ? { extension: [{ url: UNVERIFIED_CALLER_EXTENSION_URL, valueBoolean: true }] }
      : {}),
  };
  if (!forUser) return [agent];
  return [
    agent,
    { type: { coding: [{ ...AGENT_TYPE_HUMAN_USER }] }, who: { reference: actor.onBehalfOf }, requestor: true },
  ];
}
