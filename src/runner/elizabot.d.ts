// elizabot ships CommonJS without types: `module.exports = ElizaBot`
declare module 'elizabot' {
  class ElizaBot {
    constructor(noRandom?: boolean);
    quit: boolean;
    transform(input: string): string;
    getInitial(): string;
    getFinal(): string;
    reset(): void;
  }
  export default ElizaBot;
}
