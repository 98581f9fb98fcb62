import { describe, expect, it } from 'vitest';
import { catalogues, label, pickLanguage, translate } from '.';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(match => match[1]).sort();

describe('the message catalogues', () => {
  it('every language has every English message, with the same placeholders, and nothing else', () => {
    const english = catalogues.en;
    for (const [language, catalogue] of Object.entries(catalogues)) {
      expect(Object.keys(catalogue).sort(), language).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(catalogue)) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(english[key as keyof typeof english]));
      }
    }
  });

  it('a message gets its placeholders filled and a missing parameter stays visible', () => {
    expect(translate('de', 'app.signedInAs', { name: 'Dr. Weber' })).toBe('Angemeldet als Dr. Weber');
    expect(translate('fr', 'panel.title')).toBe('Panel {nickname}');
  });

  it('the language is the first preferred one we have, by its primary tag, else English', () => {
    expect(pickLanguage(['it-IT', 'fr-BE', 'de'])).toBe('fr');
    expect(pickLanguage(['DE-at'])).toBe('de');
    expect(pickLanguage(['nl', 'pl'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('a code the catalogue knows gets its label and an unknown one is shown as it is', () => {
    expect(label('fr', 'state', 'SIGN_OFF')).toBe('Validation');
    expect(label('en', 'state', 'ON_HOLD')).toBe('ON_HOLD');
    expect(label('en', 'sex', undefined)).toBe('');
  });
});
