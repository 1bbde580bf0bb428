// @ts-check
// geo: URIs (RFC 5870) for places: Organic Maps, OsmAnd and most Android map apps open them
// with no data. Shared by the map page, its QR code and the one-file kit.

/**
 * For a QR code: five decimals (about a metre), nothing else, so any camera app reads it.
 * @param {number} lat @param {number} lon
 */
export function geoUri(lat, lon) {
  return `geo:${lat.toFixed(5)},${lon.toFixed(5)}`;
}

/**
 * For a link: with the place's name as the pin's label.
 * @param {number} lat @param {number} lon @param {string} name
 */
export function geoHref(lat, lon, name) {
  return `geo:${lat},${lon}?q=${lat},${lon}(${encodeURIComponent(name)})`;
}
