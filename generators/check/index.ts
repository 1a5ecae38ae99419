import { checkCommand, CHECK_OPTIONS } from '../../src/check/command.js';
import { commandGenerator } from '../command.js';

/** `yo backend-stack:check URL`: the same as `backend-stack check`. */
export default commandGenerator('check', CHECK_OPTIONS, checkCommand);
