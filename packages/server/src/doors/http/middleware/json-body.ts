import express, { type RequestHandler } from 'express';
import type { Services } from '../../../use-cases/services.js';
import { limitJsonShape } from './limit-json-shape.js';
import { JSON_MEDIA_TYPES, requireJsonBody } from './require-json.js';

/**
 * Reads a JSON request body: refuses other media types (415), then parses
 * within the configured size limit (413) and strictly (objects and arrays only),
 * then bounds its shape (depth, array and string sizes: 400).
 *
 * @example
 * ```ts
 * router.post('/fhir', ...jsonBody(services), handler);
 * ```
 */
export function jsonBody(services: Services): RequestHandler[] {
  return [
    requireJsonBody(),
    express.json({ limit: services.http.bodyLimit, type: JSON_MEDIA_TYPES, strict: true }),
    limitJsonShape(),
  ];
}
