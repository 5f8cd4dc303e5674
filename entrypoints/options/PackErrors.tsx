import type { PackError } from '@/rules/import/errors';

/** A file's problems, each with its path (`rules[0].id`), as a list a screen reader announces. */
export function PackErrors({ title, errors }: { title: string; errors: readonly PackError[] }) {
  return (
    <div role="alert" className="cp-pack-errors">
      <p className="cp-error">{title}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            <code>{e.path}</code>: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
