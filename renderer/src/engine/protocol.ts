import type { Outcome } from '../../../shared/engine/engine';

/** A call sent to the engine Worker. */
export interface EngineRequest {
  id: number;
  name: string;
  input: unknown;
}

/** The Worker's answer to one request. */
export interface EngineResponse {
  id: number;
  outcome: Outcome;
}
