/**
 * The provider's notices in Spanish (provider.ts has the English): a file of its own so that they load only
 * on a page that speaks Spanish (src/i18n/es.ts).
 */
import type { ProviderStrings } from './provider.js';

export const es: ProviderStrings = {
  answersBack: 'Sus propias respuestas han vuelto.',
  merged: 'Se añadieron respuestas de otra ventana. Donde ambas cambiaron una nota, se guardan las dos.',
  cantSave: (full: boolean) =>
    `Sus respuestas no se pueden guardar en este navegador (${full ? 'el almacenamiento está lleno' : 'el almacenamiento está bloqueado'}). Descárguelas antes de salir.`,
  download: 'Descargar mis respuestas',
  // Share links read by default (issue 15, "restore"): what a link opened, and the way back.
  linkOpened: (date?: string) =>
    date ? `Abrió respuestas compartidas del ${date}.` : 'Abrió respuestas compartidas.',
  keepMine: 'Quedarme con mis propias respuestas',
};
