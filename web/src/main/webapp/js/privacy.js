// The privacy notice: static texts in the dictionaries.
import { page } from './page.js';

page(async () => {});
