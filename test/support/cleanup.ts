// Runs in every test file: the temporary folders it made go when its tests are done.
import { removeTemporaryDirs } from './test-db';

afterAll(removeTemporaryDirs);
