import { postJson } from '../http.js';
import type { Check } from './check.js';

const IRIS_SETOSA = [5.1, 3.5, 1.4, 0.2];

/** POST /predict classifies an iris sample with probabilities that add up to 1, and refuses a wrong shape. */
export const predict: Check = {
  async run({ base }) {
    const ok = await postJson(base, '/predict', { features: IRIS_SETOSA });
    const probabilities = ok.json?.probabilities as Record<string, unknown> | undefined;
    if (ok.status !== 200 || ok.json?.prediction !== 'setosa' || typeof probabilities !== 'object' || probabilities === null) {
      throw new Error(`POST /predict with an iris setosa sample: got ${ok.status} ${ok.text.slice(0, 200)}`);
    }
    const sum = Object.values(probabilities).reduce((total: number, p) => total + Number(p), 0);
    if (Math.abs(sum - 1) > 0.01) throw new Error(`POST /predict: probabilities add up to ${sum}, not 1`);
    const bad = await postJson(base, '/predict', { features: [1, 2] });
    if (bad.status < 400 || bad.status >= 500 || typeof bad.json !== 'object') {
      throw new Error(`POST /predict with two features: expected a 4xx JSON error, got ${bad.status} ${bad.text.slice(0, 200)}`);
    }
    return 'POST /predict -> setosa with probabilities adding up to 1; a wrong shape -> 4xx JSON';
  },
};
