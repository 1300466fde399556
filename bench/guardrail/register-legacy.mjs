// `node --import tsx --import ./bench/guardrail/register-legacy.mjs …`: load the old guardrail (see legacy-hook.mjs).
import { register } from 'node:module';

register('./legacy-hook.mjs', import.meta.url);
