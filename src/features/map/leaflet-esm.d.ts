// Leaflet's ES module build (the package's "main" is UMD): same API as the 'leaflet' types.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
