import Image from 'next/image';
import { SelectField } from '@/components/admin/field';
import styles from './content.module.css';

export interface MediaOption {
  id: number;
  label: string;
  url: string;
  width: number;
  height: number;
}

/** A form field that picks a picture of the library by id (a plain select); the current one is shown beside it. */
export function MediaSelect({
  name,
  label,
  hint,
  options,
  current,
  noneLabel,
}: {
  name: string;
  label: string;
  hint?: string;
  options: MediaOption[];
  current: number | null;
  noneLabel?: string;
}) {
  const selected = options.find((option) => option.id === current);
  return (
    <div className={styles.picker}>
      {selected ? (
        <Image src={selected.url} alt="" width={selected.width} height={selected.height} sizes="120px" />
      ) : null}
      <SelectField
        name={name}
        label={label}
        hint={hint}
        defaultValue={current === null ? '' : String(current)}
        options={[...(noneLabel !== undefined ? [{ value: '', label: noneLabel }] : []), ...options.map((option) => ({ value: String(option.id), label: option.label }))]}
      />
    </div>
  );
}
