import { smokeCommand, SMOKE_OPTIONS } from '../../src/smoke/command.js';
import { commandGenerator } from '../command.js';

/** `yo backend-stack:smoke`: the same as `backend-stack smoke`. */
export default commandGenerator('smoke', SMOKE_OPTIONS, (argv, print) => smokeCommand(argv, { print }));
