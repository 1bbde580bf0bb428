// Public face of the share feature: other features use only these.
export { ShowQr, type ExtraCode } from './ShowQr';
export { mecard, geoUri, shareUrl } from './qr';
