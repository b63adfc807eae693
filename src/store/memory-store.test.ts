import { createMemoryStore } from './memory-store.ts';
import { runStoreContract } from './store-contract.ts';

runStoreContract('memory store', async () => {
  const store = createMemoryStore();
  return { store, openTwin: async () => store, dispose: () => store.close() };
});
