import { kitCommand, KIT_OPTIONS } from '../../src/kit/command.js';
import { commandGenerator } from '../command.js';

/** `yo backend-stack:kit build|verify ...`: the same as `backend-stack kit`. */
export default commandGenerator('kit', KIT_OPTIONS, kitCommand);
