// The map of free legal help and other places, with its list view and place pages.
export { MapPage } from './MapPage';
