import { randomBytes } from 'node:crypto';
import { openPostgresStore, type PostgresStore } from './postgres-store.ts';
import { runStoreContract } from './store-contract.ts';

const url = process.env.TINYSTEP_PG_URL;

runStoreContract(
  'postgres store',
  async () => {
    // each fixture gets its own schema, dropped after
    const schema = `tinystep_test_${randomBytes(6).toString('hex')}`;
    const store = await openPostgresStore({ url: url!, schema });
    const twins: PostgresStore[] = [];
    return {
      store,
      openTwin: async () => {
        const twin = await openPostgresStore({ url: url!, schema });
        twins.push(twin);
        return twin;
      },
      dispose: async () => {
        for (const twin of twins) await twin.close();
        await store.dropSchemaAndClose();
      },
    };
  },
  url ? {} : { skip: 'TINYSTEP_PG_URL is not set' },
);
