// Sending Qadam on as one HTML file (the one-file kit), to a phone with no internet. Other
// parts of the app use only what is exported here.
export { SendKit } from './SendKit';
