/**
 * Answers that could not be used, in plain words (issue 15, "errors for people"): what happened and what to
 * do, for a teacher, when a page gives `<blueprint-provider>` answers that are not right (`profile`,
 * `importProfile()`), a share link is broken, for another framework or too new, and when a member's file or
 * link cannot be gathered by `<team-session>`. The technical detail (each problem with its path) stays
 * behind "Technical details". Loaded only when something is refused (src/internal/refusal-view.ts).
 */
import type { FailureKind } from '../framework/failure-kind.js';
import { localized, type StringTables, type Words } from './index.js';

/** Where refused answers came from: the page's code (`profile`, `importProfile()`) or a share link. */
export type RefusedFrom = 'profile' | 'import' | 'link';

/** What happened, and what to do next: two short sentences. */
export interface RefusalWords {
  readonly what: string;
  readonly next: string;
}

const en = (w: Words) => ({
  /** The provider's box: answers given to it that it could not use. */
  refused: (kind: FailureKind, from: RefusedFrom): RefusalWords => {
    const link = from === 'link';
    const these = link ? 'The answers in this share link' : 'These answers';
    const kept = 'Your own answers have not changed.';
    // What the person can do: ask for the link again, open another file, or (answers the page's own code
    // gave) nothing but tell the people who run the website.
    const fix =
      from === 'link'
        ? 'Ask for the link again.'
        : from === 'import'
          ? 'Open answers saved with “Download the answers”.'
          : 'The people who run this website can fix it.';
    switch (kind) {
      case 'broken-link':
      case 'not-a-link':
        return {
          what: 'This share link is cut short or damaged, so its answers could not be opened.',
          next: `${kept} Ask for the link again, and copy all of it.`,
        };
      case 'not-json':
      case 'not-a-profile':
        return {
          what: link ? 'This share link does not hold a team’s answers.' : 'These are not a team’s answers.',
          next: `${kept} ${fix}`,
        };
      case 'other-framework':
        return {
          what: `${these} were made for another framework, so they could not be opened here.`,
          next: `${kept} ${link ? 'Open the link on the page it was made for.' : fix}`,
        };
      case 'too-new':
        return {
          what: `${these} were saved by a newer version of these widgets, so they could not be opened.`,
          next: `${kept} Ask the people who run this website to update the widgets.`,
        };
      case 'network':
      case 'library':
        return {
          what: 'This page is still loading, so these answers could not be opened yet.',
          next: `${kept} Wait a moment, then try again.`,
        };
      default:
        return {
          what: `${these} have mistakes, so they could not be opened.`,
          next: `${kept} ${fix} The details below say which ${w.capacity} or part is wrong.`,
        };
    }
  },
  /** `<team-session>`: a member's file or link (`name`) that could not be gathered. */
  member: (kind: FailureKind, name: string): string => {
    switch (kind) {
      case 'too-big':
        return `${name} is too big to be one member’s answers, so it was not read.`;
      case 'unreadable':
        return `${name} could not be read. Ask the member to send it again.`;
      case 'not-json':
        return `${name} is not a file of answers (perhaps a spreadsheet, a picture or a document). Ask the member for the file the widgets saved.`;
      case 'not-a-profile':
        return `${name} is not a member’s answers. Ask the member to send their answers again.`;
      case 'other-framework':
        return `${name} holds answers for another framework. Ask the member to answer with this team’s link.`;
      case 'other-version':
        return `${name} holds answers for another version of this framework. Ask the member to answer again with this team’s link.`;
      case 'broken-link':
        return `${name} was cut short or changed on its way. Ask the member to send it again, or to send the file instead.`;
      case 'not-a-link':
        return `${name} has no answers in it. Ask the member to send their answers link again.`;
      case 'no-answers':
        return `${name} has no answers in it yet. Ask the member to answer first.`;
      default:
        return `${name} has mistakes, so it could not be used. Ask the member to save their answers again.`;
    }
  },
  /** A member's answers already gathered: `who` is the member they repeat. */
  memberAgain: (name: string, who: string) => `${name} is already here (${who}), so it was not added again.`,
});

export type RefusalStrings = ReturnType<typeof en>;

const es = (w: Words): RefusalStrings => ({
  refused: (kind, from) => {
    const link = from === 'link';
    const these = link ? 'Las respuestas de este enlace' : 'Estas respuestas';
    const kept = 'Sus propias respuestas no cambiaron.';
    const fix =
      from === 'link'
        ? 'Pida el enlace de nuevo.'
        : from === 'import'
          ? 'Abra respuestas guardadas con «Descargar las respuestas».'
          : 'Quienes administran este sitio web pueden corregirlo.';
    switch (kind) {
      case 'broken-link':
      case 'not-a-link':
        return {
          what: 'Este enlace está cortado o dañado, así que no se pudieron abrir sus respuestas.',
          next: `${kept} Pida el enlace de nuevo y cópielo completo.`,
        };
      case 'not-json':
      case 'not-a-profile':
        return {
          what: link
            ? 'Este enlace no tiene las respuestas de un equipo.'
            : 'Estas no son las respuestas de un equipo.',
          next: `${kept} ${fix}`,
        };
      case 'other-framework':
        return {
          what: `${these} se hicieron para otro marco, así que no se pudieron abrir aquí.`,
          next: `${kept} ${link ? 'Abra el enlace en la página para la que se hizo.' : fix}`,
        };
      case 'too-new':
        return {
          what: `${these} se guardaron con una versión más nueva de estos widgets, así que no se pudieron abrir.`,
          next: `${kept} Pida a quienes administran este sitio web que actualicen los widgets.`,
        };
      case 'network':
      case 'library':
        return {
          what: 'Esta página todavía se está cargando, así que aún no se pudieron abrir estas respuestas.',
          next: `${kept} Espere un momento e inténtelo de nuevo.`,
        };
      default:
        return {
          what: `${these} tienen errores, así que no se pudieron abrir.`,
          next: `${kept} ${fix} Los detalles de abajo dicen qué ${w.capacity} o qué parte está mal.`,
        };
    }
  },
  member: (kind, name) => {
    switch (kind) {
      case 'too-big':
        return `${name} es demasiado grande para ser las respuestas de un miembro; no se leyó.`;
      case 'unreadable':
        return `No se pudo leer ${name}. Pida al miembro que lo envíe de nuevo.`;
      case 'not-json':
        return `${name} no es un archivo de respuestas (quizá una hoja de cálculo, una imagen o un documento). Pida al miembro el archivo que guardaron los widgets.`;
      case 'not-a-profile':
        return `${name} no contiene las respuestas de un miembro. Pida al miembro que envíe sus respuestas de nuevo.`;
      case 'other-framework':
        return `${name} tiene respuestas de otro marco. Pida al miembro que responda con el enlace de este equipo.`;
      case 'other-version':
        return `${name} tiene respuestas de otra versión de este marco. Pida al miembro que responda de nuevo con el enlace de este equipo.`;
      case 'broken-link':
        return `${name} se cortó o cambió por el camino. Pida al miembro que lo envíe de nuevo, o que envíe el archivo.`;
      case 'not-a-link':
        return `${name} no tiene respuestas. Pida al miembro que envíe de nuevo su enlace de respuestas.`;
      case 'no-answers':
        return `${name} todavía no tiene respuestas. Pida al miembro que responda primero.`;
      default:
        return `${name} tiene errores, así que no se pudo usar. Pida al miembro que guarde sus respuestas de nuevo.`;
    }
  },
  memberAgain: (name, who) => `${name} ya está aquí (${who}); no se agregó otra vez.`,
});

const tables: StringTables<RefusalStrings> = { en, es };

/** The words for refused answers in `locale` (best match), else English, with the framework's `words`. */
export const refusalStrings = (locale: string | undefined, words?: Words): RefusalStrings =>
  localized('refusals', tables, locale, words);
