'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type KeyboardEvent } from 'react';
import { FieldFrame } from '@/components/admin/field';

type Author = { id: number; name: string };

/** Letters compared without case or accents, so "elodie" finds "Élodie" (Arabic is compared as written). */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Bylines: the chosen authors as chips (in byline order, each removable), and a searchable list
 * to add more, following the ARIA combobox pattern: type to filter, arrows to move, Enter to add,
 * Escape to close, Backspace in the empty box removes the last chip.
 */
export function AuthorPicker({ id, label, errors, value, onChange, options }: { id: string; label: string; errors?: string[]; value: number[]; onChange: (value: number[]) => void; options: Author[] }) {
  const t = useTranslations('Admin.editor.authors');
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const chosen = value.map((authorId) => options.find((option) => option.id === authorId)).filter((author): author is Author => author !== undefined);
  const matches = options.filter((option) => !value.includes(option.id) && fold(option.name).includes(fold(query.trim())));
  const current = open ? matches[Math.min(active, matches.length - 1)] : undefined;

  const add = (author: Author) => {
    onChange([...value, author.id]);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      else if (matches.length) setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === 'Enter') {
      if (current) {
        event.preventDefault();
        add(current);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      }
    } else if (event.key === 'Backspace' && query === '' && value.length) {
      onChange(value.slice(0, -1));
    }
  };

  return (
    <FieldFrame id={id} label={label} errors={errors}>
      {(aria) => (
        <div className="author-picker">
          {chosen.length > 0 && (
            <ul className="chips" aria-label={t('chosen')}>
              {chosen.map((author) => (
                <li key={author.id} className="chip" dir="auto">
                  {author.name}
                  <button type="button" className="secondary" aria-label={t('remove', { name: author.name })} onClick={() => onChange(value.filter((other) => other !== author.id))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            {...aria}
            type="text"
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
            placeholder={t('search')}
            value={query}
            dir="auto"
            autoComplete="off"
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
              setActive(0);
            }}
            onFocus={() => setOpen(true)}
            onClick={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          <ul id={listId} role="listbox" aria-label={label} className="author-options" hidden={!open}>
            {matches.length === 0 ? (
              <li role="presentation">{t('none')}</li>
            ) : (
              matches.map((author) => (
                <li
                  key={author.id}
                  id={`${listId}-${author.id}`}
                  role="option"
                  aria-selected={author === current}
                  dir="auto"
                  // mousedown, not click: the box keeps the focus, so the list stays open for the next one.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    add(author);
                  }}
                >
                  {author.name}
                </li>
              ))
            )}
          </ul>
        </div>
      )}
    </FieldFrame>
  );
}
