import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { de } from './de';
import { en, type Catalogue, type MessageKey } from './en';
import { fr } from './fr';

/**
 * The message catalogues and how a screen gets its text: {@code useT()} returns {@code t(key, params)} for the
 * language the user chose (first: the browser's preferred languages, else English). Placeholders are written
 * {@code {name}}; a missing parameter is left visible rather than hidden.
 */
export const catalogues: Record<Language, Catalogue> = { en, de, fr };
export type Language = 'en' | 'de' | 'fr';
export const languageNames: Record<Language, string> = { en: 'English', de: 'Deutsch', fr: 'Français' };
export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
/** The label of a value the API sends as a code (a panel state, a sex, a role), e.g. {@code label('state', 'CLOSED')}. */
export type Label = (group: string, code: string | undefined) => string;

/** The first of the preferred languages (BCP 47 tags, e.g. navigator.languages) that we have, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary in catalogues) {
      return primary as Language;
    }
  }
  return 'en';
}

/** The message {@code key} of {@code language} with its placeholders filled. */
export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogues[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole);
}

/** The label of {@code code} in {@code group}; a code the catalogue does not know yet is shown as it is. */
export function label(language: Language, group: string, code: string | undefined): string {
  const key = `${group}.${code}`;
  return key in catalogues[language] ? catalogues[language][key as MessageKey] : code ?? '';
}

/** The browser's preferred locales (BCP 47 tags with their region, e.g. en-GB), none outside a browser. */
function browserLocales(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

/**
 * The locale dates are written in: the first preferred locale of the language shown, with its region (en-GB writes
 * 4 Mar 2011, en-US Mar 4, 2011; de-CH and de-DE differ too), else the bare language.
 */
export function regionalLocale(language: Language, preferred: readonly string[] = browserLocales()): string {
  return preferred.find(tag => tag.toLowerCase().split('-')[0] === language) ?? language;
}

/** A date-time for people: the user's regional medium date and short time. */
export function formatDateTime(language: Language, iso: string | undefined,
                               preferred: readonly string[] = browserLocales()): string {
  return iso ? new Intl.DateTimeFormat(regionalLocale(language, preferred), { dateStyle: 'medium', timeStyle: 'short' })
    .format(new Date(iso)) : '';
}

/** A calendar date (an ISO {@code yyyy-mm-dd} day, in the user's regional medium style, not shifted by time zone). */
export function formatDate(language: Language, isoDay: string | undefined,
                           preferred: readonly string[] = browserLocales()): string {
  return isoDay ? new Intl.DateTimeFormat(regionalLocale(language, preferred), { dateStyle: 'medium', timeZone: 'UTC' })
    .format(new Date(isoDay)) : '';
}

export interface LanguageChoice {
  language: Language;
  choose: (language: Language) => void;
}

export const LanguageContext = createContext<LanguageChoice>({ language: 'en', choose: () => undefined });

/** The current language and the translation function of the screen that calls it. */
export function useT(): { t: Translate; label: Label; language: Language } {
  const { language } = useContext(LanguageContext);
  return { t: (key, params) => translate(language, key, params), label: (group, code) => label(language, group, code),
    language };
}
