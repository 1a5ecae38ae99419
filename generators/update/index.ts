import { updateCommand, UPDATE_OPTIONS } from '../../src/update/update.js';
import { commandGenerator } from '../command.js';

/** `yo backend-stack:update`: the same as `backend-stack update`, run inside the project. */
export default commandGenerator('update', UPDATE_OPTIONS, (argv, print) => updateCommand(argv, print, process.cwd()));
