// Offline search over the language pack's prebuilt index.
export { SearchPage } from './SearchPage';
