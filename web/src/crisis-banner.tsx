import type { CrisisResource } from './api.ts';

export type SafetyPhase = 'none' | 'crisis' | 'returned';

/** A phone number in a contact line ("call 116 123" → "116123"), for a tap-to-call link. */
function telephoneOf(contact: string): string | undefined {
  const match = /\bcall\s+(?:or\s+text\s+)?([+\d][\d\s-]{1,15}\d)/i.exec(contact);
  return match ? match[1].replace(/[\s-]/g, '') : undefined;
}

function ResourceList({ resources }: { resources: CrisisResource[] }) {
  return (
    <ul>
      {resources.map((resource) => {
        const telephone = telephoneOf(resource.contact);
        return (
          <li key={resource.name}>
            {resource.name}:{' '}
            {telephone ? (
              <a href={`tel:${telephone}`}>
                <strong>{resource.contact}</strong>
              </a>
            ) : (
              <strong>{resource.contact}</strong>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The crisis banner. Shown where the person is looking (the page's fixed top area, never scrolled
 * away), with the lines for their country; after they say they are safe it stops saying the
 * exercise is paused and keeps the lines at hand, quietly.
 */
export function CrisisBanner({ phase, resources }: { phase: SafetyPhase; resources: CrisisResource[] }) {
  if (phase === 'none') return null;
  if (phase === 'returned')
    return (
      <section class="crisis returned" role="status" data-testid="crisis-banner">
        <p>
          <strong>Glad you’re still here.</strong> We can carry on, gently.
        </p>
        {resources.length > 0 && (
          <details>
            <summary>Ways to reach a person, any time</summary>
            <ResourceList resources={resources} />
          </details>
        )}
      </section>
    );
  return (
    <section class="crisis" role="alert" data-testid="crisis-banner">
      <p>
        <strong>Your safety comes first.</strong> The exercise is paused.
      </p>
      {resources.length > 0 ? (
        <>
          <p>Reach a person now:</p>
          <ResourceList resources={resources} />
        </>
      ) : (
        <p>If you might act on thoughts of harming yourself, call your local emergency number now.</p>
      )}
    </section>
  );
}
