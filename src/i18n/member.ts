/**
 * UI strings of member mode (issue 17): a `<capacity-rubric>` inside `<blueprint-provider mode="member">`,
 * one member's private answer sheet. English and Spanish. Role names and summaries come from the
 * framework's `roles`, never from here.
 */
import { localized, type StringTables } from './index.js';

const en = {
  privacy: 'Your answers stay on this device until you send them.',
  whoTitle: 'Who is answering',
  whoIntro: 'Your facilitator gathers everyone’s answers. Your name is optional.',
  name: 'Your name (optional)',
  roleLegend: 'Your role',
  noRole: 'Prefer not to say',
  /** Said once after the name or the role is saved. */
  savedAs: (name: string | undefined, role: string | undefined) =>
    name && role
      ? `Saved: ${name}, ${role}.`
      : name
        ? `Saved: ${name}.`
        : role
          ? `Saved: you answer as ${role}.`
          : 'Saved: you answer without a name or role.',
  goToSend: 'Go to “Send my answers”',
  sendTitle: 'Send my answers',
  sendIntro: 'When you are ready, send your answers to your facilitator in one of these ways.',
  answered: (answered: number, total: number) => `You have answered ${answered} of ${total}.`,
  linkLabel: 'Link to your answers',
  copyLink: 'Copy the link',
  copied: 'Link copied. Paste it in a message to your facilitator.',
  copyManual: 'Your browser did not allow copying. Select the link and copy it.',
  linkTooLong: 'Your answers are too long for a link. Download them as a file and send the file instead.',
  download: 'Download my answers',
  downloaded: (file: string) => `Downloaded “${file}”. Send this file to your facilitator.`,
  showQr: 'Show a QR code',
  hideQr: 'Hide the QR code',
  qrShown: 'QR code shown. Your facilitator can scan it.',
  qrHidden: 'QR code hidden.',
  qrLabel: 'QR code of the link to your answers',
  qrHint: 'Your facilitator scans this code with a phone or tablet camera.',
  qrTooLong: (length: number, max: number) =>
    `This link is too long for a QR code (${length.toLocaleString('en')} characters; a QR code holds about ${max.toLocaleString('en')}). Send the link or the file instead.`,
  qrFailed: 'The QR code could not be made. Send the link or the file instead.',
  /** The file name's stand-in when the member gave no name. */
  fileMember: 'member',
};

export type MemberStrings = typeof en;

const es: MemberStrings = {
  privacy: 'Sus respuestas se quedan en este dispositivo hasta que usted las envíe.',
  whoTitle: 'Quién responde',
  whoIntro: 'Su facilitador reúne las respuestas de todos. Su nombre es opcional.',
  name: 'Su nombre (opcional)',
  roleLegend: 'Su rol',
  noRole: 'Prefiero no decirlo',
  savedAs: (name: string | undefined, role: string | undefined) =>
    name && role
      ? `Guardado: ${name}, ${role}.`
      : name
        ? `Guardado: ${name}.`
        : role
          ? `Guardado: responde como ${role}.`
          : 'Guardado: responde sin nombre ni rol.',
  goToSend: 'Ir a «Enviar mis respuestas»',
  sendTitle: 'Enviar mis respuestas',
  sendIntro: 'Cuando esté listo, envíe sus respuestas a su facilitador de una de estas formas.',
  answered: (answered: number, total: number) => `Ha respondido ${answered} de ${total}.`,
  linkLabel: 'Enlace a sus respuestas',
  copyLink: 'Copiar el enlace',
  copied: 'Enlace copiado. Péguelo en un mensaje a su facilitador.',
  copyManual: 'Su navegador no permitió copiar. Seleccione el enlace y cópielo.',
  linkTooLong:
    'Sus respuestas son demasiado largas para un enlace. Descárguelas como archivo y envíe el archivo.',
  download: 'Descargar mis respuestas',
  downloaded: (file: string) => `Se descargó «${file}». Envíe este archivo a su facilitador.`,
  showQr: 'Mostrar un código QR',
  hideQr: 'Ocultar el código QR',
  qrShown: 'Código QR visible. Su facilitador puede escanearlo.',
  qrHidden: 'Código QR oculto.',
  qrLabel: 'Código QR del enlace a sus respuestas',
  qrHint: 'Su facilitador escanea este código con la cámara de un teléfono o una tableta.',
  qrTooLong: (length: number, max: number) =>
    `Este enlace es demasiado largo para un código QR (${length.toLocaleString('es')} caracteres; un código QR admite unos ${max.toLocaleString('es')}). Envíe el enlace o el archivo.`,
  qrFailed: 'No se pudo crear el código QR. Envíe el enlace o el archivo.',
  fileMember: 'miembro',
};

const tables: StringTables<MemberStrings> = { en, es };

export function memberStrings(locale: string | undefined): MemberStrings {
  return localized('member', tables, locale);
}
