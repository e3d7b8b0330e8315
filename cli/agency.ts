/** The CLI pairs years by the same agency key as the desk; the function lives in lib/desk. */
export { agencyKey } from '../lib/desk/agency';
