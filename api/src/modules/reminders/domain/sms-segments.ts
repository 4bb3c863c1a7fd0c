/**
 * SMS length in segments (3GPP TS 23.038). A message fits GSM-7 when every character is in the
 * basic set or the extension set (the latter costs two septets); otherwise the whole message goes
 * as UCS-2. French: é è ù ì ò à Ç É are GSM-7; ê â î ô û ë ï ç (lower case) are not.
 */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '^{}\\[~]|€\f';

const basic = new Set(GSM7_BASIC);
const extension = new Set(GSM7_EXTENSION);

export type SmsEncoding = 'GSM7' | 'UCS2';

export interface SmsLength {
  encoding: SmsEncoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
}

/** Two segments: 306 GSM-7 septets or 134 UCS-2 units (153 / 67 per part once concatenated). */
export const MAX_SMS_SEGMENTS = 2;

export function smsLength(text: string): SmsLength {
  let septets = 0;
  let gsm = true;
  for (const char of text) {
    if (basic.has(char)) septets += 1;
    else if (extension.has(char)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { encoding: 'GSM7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  const units = text.length;
  return { encoding: 'UCS2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
