/** The choices of a select (for server and client components alike). */
export function Options({ options }: { options: { value: string | number; label: string }[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}
