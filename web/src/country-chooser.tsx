import { countryName } from './locale.ts';

/** The visible way to choose whose crisis lines are shown; the browser's region is the default. */
export function CountryChooser({
  countries,
  value,
  onChange,
}: {
  countries: string[];
  value: string | undefined;
  onChange: (country: string) => void;
}) {
  if (countries.length === 0) return null;
  const options = [...countries].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  const known = value && countries.includes(value) ? value : '';
  return (
    <label class="country">
      Crisis lines for{' '}
      <select
        value={known}
        onChange={(event) => onChange((event.target as HTMLSelectElement).value)}
        data-testid="country"
      >
        {!known && <option value="">{value ? countryName(value) : 'your country'} (general)</option>}
        {options.map((code) => (
          <option key={code} value={code}>
            {countryName(code)}
          </option>
        ))}
      </select>
    </label>
  );
}
