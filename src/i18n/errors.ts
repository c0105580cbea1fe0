/**
 * Errors for people (issue 15): what happened and what to do, in plain words, for each kind of failure
 * (src/framework/failure-kind.ts); the technical detail stays behind "Technical details". Kept apart from
 * the shared strings (index.ts) so that the words can grow without touching every table.
 */
import type { FailureKind } from '../framework/failure-kind.js';
import { localized } from './index.js';

/** What failed to load: the framework, a team's answers (a profile), or a network's teams (a cohort). */
export type FailedThing = 'framework' | 'answers' | 'teams';

/** What happened, and what to do next: two short sentences. */
export interface FailureWords {
  readonly what: string;
  readonly next: string;
}

const en = {
  thing: { framework: 'the framework file', answers: 'the answers file', teams: 'the teams file' },
  failure: (kind: FailureKind, file: string): FailureWords => {
    const File = file.charAt(0).toUpperCase() + file.slice(1);
    switch (kind) {
      case 'not-found':
        return { what: `We could not find ${file}.`, next: 'Check the address in the page, or try again.' };
      case 'refused':
        return {
          what: `The server would not share ${file}.`,
          next: 'It may be private. Ask the people who run this website.',
        };
      case 'server':
        return { what: `The server had a problem sending ${file}.`, next: 'Try again in a moment.' };
      case 'timeout':
        return {
          what: `The server took too long to send ${file}.`,
          next: 'Check your connection, then try again.',
        };
      case 'network':
        return {
          what: `We could not reach the server to get ${file}.`,
          next: 'Check your connection, then try again.',
        };
      case 'address':
        return {
          what: `The address of ${file} is not a web address.`,
          next: 'The people who run this website can fix it.',
        };
      case 'library':
        return {
          what: 'A part of this page could not be loaded.',
          next: 'Check your connection, then try again.',
        };
      case 'not-json':
        return {
          what: `${File} is damaged: it is not a JSON file.`,
          next: 'The people who look after the file can fix it. The details below say where.',
        };
      case 'wrong-kind':
        return {
          what: 'This file is not the kind this page needs.',
          next: 'Check that the page points to the right file.',
        };
      case 'other-framework':
        return {
          what: 'These answers were made for another framework.',
          next: 'Open answers that were made with this one.',
        };
      default:
        return {
          what: `${File} has mistakes, so it cannot be shown.`,
          next: 'The people who look after the file can fix them. The details below say where.',
        };
    }
  },
  technicalDetails: 'Technical details',
  /** The address a failed download asked for, in the technical details. */
  address: (url: string) => `Address: ${url}`,
  // Saved answers that cannot be restored.
  unreadableSaved: 'Your saved answers could not be opened. We kept them aside, nothing was deleted.',
  unreadableEarlier: 'The answers kept earlier for this framework are back.',
  unreadableFresh: 'You can start again here.',
  downloadKept: 'Download the kept copy',
  keptUnder: (key: string) => `Kept in this browser under the storage key "${key}".`,
  keptNowhere: 'This browser could not keep a copy: download it now to keep it.',
};

export type ErrorStrings = typeof en;

const es: ErrorStrings = {
  thing: {
    framework: 'el archivo del marco',
    answers: 'el archivo de respuestas',
    teams: 'el archivo de equipos',
  },
  failure: (kind: FailureKind, file: string): FailureWords => {
    const File = file.charAt(0).toUpperCase() + file.slice(1);
    switch (kind) {
      case 'not-found':
        return {
          what: `No encontramos ${file}.`,
          next: 'Revise la dirección en la página o inténtelo de nuevo.',
        };
      case 'refused':
        return {
          what: `El servidor no quiso compartir ${file}.`,
          next: 'Puede ser privado. Pregunte a quienes administran este sitio web.',
        };
      case 'server':
        return {
          what: `El servidor tuvo un problema al enviar ${file}.`,
          next: 'Inténtelo de nuevo en un momento.',
        };
      case 'timeout':
        return {
          what: `El servidor tardó demasiado en enviar ${file}.`,
          next: 'Revise su conexión e inténtelo de nuevo.',
        };
      case 'network':
        return {
          what: `No pudimos conectar con el servidor para obtener ${file}.`,
          next: 'Revise su conexión e inténtelo de nuevo.',
        };
      case 'address':
        return {
          what: `La dirección de ${file} no es una dirección web.`,
          next: 'Quienes administran este sitio web pueden corregirla.',
        };
      case 'library':
        return {
          what: 'No se pudo cargar una parte de esta página.',
          next: 'Revise su conexión e inténtelo de nuevo.',
        };
      case 'not-json':
        return {
          what: `${File} está dañado: no es un archivo JSON.`,
          next: 'Quienes cuidan el archivo pueden corregirlo. Los detalles de abajo dicen dónde.',
        };
      case 'wrong-kind':
        return {
          what: 'Este archivo no es del tipo que necesita esta página.',
          next: 'Compruebe que la página apunta al archivo correcto.',
        };
      case 'other-framework':
        return {
          what: 'Estas respuestas se hicieron para otro marco.',
          next: 'Abra respuestas hechas con este marco.',
        };
      default:
        return {
          what: `${File} tiene errores, así que no se puede mostrar.`,
          next: 'Quienes cuidan el archivo pueden corregirlos. Los detalles de abajo dicen dónde.',
        };
    }
  },
  technicalDetails: 'Detalles técnicos',
  address: (url: string) => `Dirección: ${url}`,
  unreadableSaved: 'No se pudieron abrir sus respuestas guardadas. Las apartamos; no se borró nada.',
  unreadableEarlier: 'Volvieron las respuestas guardadas antes para este marco.',
  unreadableFresh: 'Puede empezar de nuevo aquí.',
  downloadKept: 'Descargar la copia guardada',
  keptUnder: (key: string) => `Guardada en este navegador con la clave "${key}".`,
  keptNowhere: 'Este navegador no pudo guardar una copia: descárguela ahora para conservarla.',
};

/** The words for errors in `locale` (best match), else English. */
export const errorStrings = (locale: string | undefined): ErrorStrings =>
  localized('errors', { en, es }, locale);
