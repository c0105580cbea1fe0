/**
 * The provider's own words: its notices about the saved answers (share links, other windows, storage that
 * fails). Kept apart from the shared strings (index.ts), which every widget carries.
 */
import { localized } from './index.js';

const en = {
  linkShown: 'You are looking at the answers from a shared link.',
  linkKept: 'Your own answers are kept.',
  bringBack: 'Bring back my answers',
  answersBack: 'Your own answers are back.',
  merged: 'Answers from another window were added. Where both changed a note, both notes are kept.',
  cantSave: (full: boolean) =>
    `Your answers can't be saved in this browser (${full ? 'storage is full' : 'storage is blocked'}). Download them before you leave.`,
  download: 'Download my answers',
};

export type ProviderStrings = typeof en;

const es: ProviderStrings = {
  linkShown: 'Está viendo las respuestas de un enlace compartido.',
  linkKept: 'Sus propias respuestas están guardadas.',
  bringBack: 'Recuperar mis respuestas',
  answersBack: 'Sus propias respuestas han vuelto.',
  merged: 'Se añadieron respuestas de otra ventana. Donde ambas cambiaron una nota, se guardan las dos.',
  cantSave: (full: boolean) =>
    `Sus respuestas no se pueden guardar en este navegador (${full ? 'el almacenamiento está lleno' : 'el almacenamiento está bloqueado'}). Descárguelas antes de salir.`,
  download: 'Descargar mis respuestas',
};

/** The provider's words for `locale` (best match), else English. */
export const providerStrings = (locale: string | undefined): ProviderStrings =>
  localized('provider', { en, es }, locale);
